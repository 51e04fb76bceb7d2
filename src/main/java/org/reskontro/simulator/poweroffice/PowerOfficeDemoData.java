package org.reskontro.simulator.poweroffice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A seeded, deterministic Norwegian client company: the same seed and anchor date give the same client id, keys,
 * customers, invoices (with KID), payments, ids and timestamps on every run. {@code customers} customers and
 * {@code invoices} invoices dated in the 120 days before the anchor date, all in NOK; besides them about 2 % credit
 * notes (most matched against their invoice), a few reversed invoices, a few written off, and one archived customer.
 * Nothing happens on or after the anchor date.
 */
public record PowerOfficeDemoData(long seed, LocalDate anchorDate, String clientName, String organisationNumber,
        int customers, int invoices) {

    public static final int DEFAULT_CUSTOMERS = 300;
    public static final int DEFAULT_INVOICES = 3000;
    static final int DAYS_OF_HISTORY = 120;

    public PowerOfficeDemoData {
        Objects.requireNonNull(anchorDate, "anchorDate");
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(organisationNumber, "organisationNumber");
        if (customers < 1 || invoices < 0) {
            throw new IllegalArgumentException("Demo data needs at least one customer and no negative invoice count");
        }
    }

    /** A few hundred customers and a few thousand invoices. */
    public static PowerOfficeDemoData of(long seed, LocalDate anchorDate, String clientName, String organisationNumber) {
        return new PowerOfficeDemoData(seed, anchorDate, clientName, organisationNumber, DEFAULT_CUSTOMERS,
                DEFAULT_INVOICES);
    }

    public UUID clientId() {
        SplittableRandom random = new SplittableRandom(seed).split();
        return new UUID(random.nextLong(), random.nextLong());
    }

    /** Seeded keys: an application key and client key shaped as GUIDs, a 32-hex-digit subscription key. */
    public PowerOfficeCredentials credentials() {
        SplittableRandom random = new SplittableRandom(seed).split();
        random.nextLong();
        random.nextLong();
        HexFormat hex = HexFormat.of();
        return new PowerOfficeCredentials(new UUID(random.nextLong(), random.nextLong()).toString(),
                new UUID(random.nextLong(), random.nextLong()).toString(),
                hex.toHexDigits(random.nextLong()) + hex.toHexDigits(random.nextLong()));
    }

    /** Creates the client in the simulator and fills its books. */
    public PowerOfficeClient loadInto(PowerOfficeSimulator simulator) {
        PowerOfficeClient client = simulator.createClient(clientId(), clientName, organisationNumber, credentials());
        ClientBooks books = simulator.books(client.id());
        // the products a Norwegian creditor bills reminder fees and interest with, outside the VAT act (code 6)
        simulator.addProduct(client.id(), "PURREGEBYR", "Purregebyr", 3900);
        simulator.addProduct(client.id(), "FORSINKELSESRENTE", "Forsinkelsesrente", 8050);
        SplittableRandom random = new SplittableRandom(seed);
        DemoCustomers customerMaker = new DemoCustomers(random);
        DemoActivity activity = new DemoActivity(random, anchorDate);
        LocalDate firstDay = anchorDate.minusDays(DAYS_OF_HISTORY);
        List<PowerOfficeCustomer> all = new ArrayList<>();
        for (NewCustomer customer : customerMaker.generate(customers)) {
            long id = books.addCustomer(customer, activity.at(firstDay.minusDays(random.nextInt(1, 600)), 8, 540));
            all.add(books.findCustomer(id).orElseThrow());
        }
        long archived = books.addCustomer(customerMaker.company(), activity.at(firstDay.minusDays(40), 9, 60));
        books.archiveCustomer(archived, activity.at(anchorDate.minusDays(5), 9, 400));
        List<OutgoingInvoice> sent = sendInvoices(books, all, random, activity);
        creditNotes(books, sent, random, activity);
        reversalsAndWriteOffs(books, sent, random, activity);
        return client;
    }

    private List<OutgoingInvoice> sendInvoices(ClientBooks books, List<PowerOfficeCustomer> customers,
            SplittableRandom random, DemoActivity activity) {
        record Planned(LocalDate date, PowerOfficeCustomer customer, int order) {
        }
        List<Planned> plan = new ArrayList<>();
        for (int i = 0; i < invoices; i++) {
            int index = (int) (customers.size() * Math.pow(random.nextDouble(), 1.8));
            plan.add(new Planned(anchorDate.minusDays(1 + random.nextInt(DAYS_OF_HISTORY)), customers.get(index), i));
        }
        plan.sort(Comparator.comparing(Planned::date).thenComparing(Planned::order));
        List<OutgoingInvoice> sent = new ArrayList<>();
        for (Planned planned : plan) {
            boolean domestic = "NO".equals(planned.customer().card().countryCode());
            UUID id = books.postInvoice(new NewInvoice(planned.customer().id(), planned.date(), null, "NOK",
                    BigDecimal.ONE, activity.lines(domestic)), activity.at(planned.date(), 8, 480));
            OutgoingInvoice invoice = books.invoice(id).orElseThrow();
            activity.settle(books, invoice);
            sent.add(invoice);
        }
        return sent;
    }

    /** About 2 % of invoices get a credit note: matched against the invoice, paid out, or left as credit. */
    private void creditNotes(ClientBooks books, List<OutgoingInvoice> sent, SplittableRandom random,
            DemoActivity activity) {
        int count = invoices < 10 ? 0 : Math.max(1, invoices / 50);
        for (int i = 0; i < count; i++) {
            OutgoingInvoice invoice = sent.get(random.nextInt(sent.size()));
            BigDecimal share = random.nextDouble() < 0.3 ? BigDecimal.ONE
                    : BigDecimal.valueOf(10 + random.nextInt(41), 2);
            BigDecimal vat = invoice.totalPosted().compareTo(invoice.netPosted()) == 0 ? BigDecimal.ZERO
                    : PowerOfficeLine.GENERAL_VAT;
            BigDecimal net = invoice.netPosted().multiply(share).setScale(2, RoundingMode.HALF_UP);
            LocalDate date = invoice.voucherDate().plusDays(1 + random.nextInt(20));
            date = date.isBefore(anchorDate) ? date : anchorDate.minusDays(1);
            UUID id = books.postCreditNote(new NewCreditNote(invoice.customerId(), date, invoice.invoiceNo(),
                    List.of(new PowerOfficeLine("Kreditering av faktura " + invoice.invoiceNo(), BigDecimal.ONE, net,
                            vat))), activity.at(date, 9, 420));
            OutgoingInvoice note = books.invoice(id).orElseThrow();
            BigDecimal invoiceOpen = books.entry(invoice.entryId()).balance();
            if (invoiceOpen.signum() > 0 && random.nextDouble() < 0.75) {
                books.offset(id, invoice.id(), activity.at(date, 15, 60));
            } else if (random.nextBoolean()) {
                activity.pay(books, note, note.totalPosted().negate(), date.plusDays(2), false);
            }
        }
    }

    /** A few unpaid invoices reversed (sent by mistake), a few old overdue ones written off ("Avskriv"). */
    private void reversalsAndWriteOffs(ClientBooks books, List<OutgoingInvoice> sent, SplittableRandom random,
            DemoActivity activity) {
        int reversals = invoices < 50 ? 0 : 2 + random.nextInt(3);
        int writeOffs = invoices < 50 ? 0 : 2 + random.nextInt(4);
        for (OutgoingInvoice invoice : sent) {
            LedgerEntry entry = books.entry(invoice.entryId());
            boolean untouched = entry.matchId() == null;
            LocalDate date = invoice.voucherDate().plusDays(2);
            if (reversals > 0 && untouched && date.isBefore(anchorDate) && random.nextDouble() < 0.05) {
                books.reverseInvoice(invoice.id(), date, activity.at(date, 11, 120));
                reversals--;
            } else if (writeOffs > 0 && entry.balance().signum() > 0
                    && invoice.dueDate().isBefore(anchorDate.minusDays(45)) && random.nextDouble() < 0.05) {
                LocalDate day = anchorDate.minusDays(1 + random.nextInt(10));
                books.writeOff(invoice.id(), day, activity.at(day, 13, 120));
                writeOffs--;
            }
        }
    }
}
