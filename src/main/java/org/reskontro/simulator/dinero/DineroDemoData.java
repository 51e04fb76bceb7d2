package org.reskontro.simulator.dinero;

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
 * A seeded, deterministic Danish organisation: the same seed and anchor date give the same organisation id,
 * credentials, contacts, vouchers, guids, amounts and timestamps on every run. {@code contacts} live contacts
 * and {@code invoices} booked, undeleted invoices dated in the 120 days before the anchor date; besides them
 * about 2 % credit notes, a handful of drafts, a few deleted vouchers and one deleted contact. Nothing happens
 * on or after the anchor date.
 */
public record DineroDemoData(long seed, LocalDate anchorDate, String organisationName, int contacts, int invoices) {

    public static final int DEFAULT_CONTACTS = 300;
    public static final int DEFAULT_INVOICES = 3000;
    static final int DAYS_OF_HISTORY = 120;

    public DineroDemoData {
        Objects.requireNonNull(anchorDate, "anchorDate");
        Objects.requireNonNull(organisationName, "organisationName");
        if (contacts < 1 || invoices < 0) {
            throw new IllegalArgumentException("Demo data needs at least one contact and no negative invoice count");
        }
    }

    /** A few hundred contacts and a few thousand invoices. */
    public static DineroDemoData of(long seed, LocalDate anchorDate, String organisationName) {
        return new DineroDemoData(seed, anchorDate, organisationName, DEFAULT_CONTACTS, DEFAULT_INVOICES);
    }

    public int organisationId() {
        return new SplittableRandom(seed).split().nextInt(100_000, 1_000_000);
    }

    public DineroCredentials credentials() {
        SplittableRandom random = new SplittableRandom(seed).split();
        random.nextInt();
        HexFormat hex = HexFormat.of();
        return new DineroCredentials("reskontro-demo-" + hex.toHexDigits(random.nextInt()),
                hex.toHexDigits(random.nextLong()) + hex.toHexDigits(random.nextLong()),
                hex.toHexDigits(random.nextLong()) + hex.toHexDigits(random.nextLong()));
    }

    /** Creates the organisation in the simulator and fills it. */
    public DineroOrganisation loadInto(DineroSimulator simulator) {
        DineroOrganisation organisation = simulator.createOrganisation(organisationId(), organisationName,
                credentials());
        OrganisationBooks books = simulator.books(organisation.id());
        SplittableRandom random = new SplittableRandom(seed);
        DemoContacts contactMaker = new DemoContacts(random);
        DemoInvoices invoiceMaker = new DemoInvoices(random, anchorDate);
        LocalDate firstDay = anchorDate.minusDays(DAYS_OF_HISTORY);
        List<DineroContact> debtors = new ArrayList<>();
        for (NewContact contact : contactMaker.generate(contacts)) {
            UUID guid = books.addContact(contact, invoiceMaker.at(firstDay.minusDays(random.nextInt(1, 600)), 8, 540));
            books.contact(guid).filter(DineroContact::debitor).ifPresent(debtors::add);
        }
        UUID gone = books.addContact(contactMaker.danishCompany(true), invoiceMaker.at(firstDay.minusDays(30), 9, 60));
        books.deleteContact(gone, invoiceMaker.at(anchorDate.minusDays(3), 9, 400));
        List<DineroDocument> booked = bookInvoices(books, debtors, random, invoiceMaker);
        creditNotes(books, booked, random, invoiceMaker);
        draftsAndDeletions(books, debtors, random, invoiceMaker);
        return organisation;
    }

    private List<DineroDocument> bookInvoices(OrganisationBooks books, List<DineroContact> debtors,
            SplittableRandom random, DemoInvoices maker) {
        record Planned(LocalDate date, DineroContact customer, int order) {
        }
        List<Planned> plan = new ArrayList<>();
        for (int i = 0; i < invoices; i++) {
            int index = (int) (debtors.size() * Math.pow(random.nextDouble(), 1.8));
            plan.add(new Planned(anchorDate.minusDays(1 + random.nextInt(DAYS_OF_HISTORY)), debtors.get(index), i));
        }
        plan.sort(Comparator.comparing(Planned::date).thenComparing(Planned::order));
        List<DineroDocument> booked = new ArrayList<>();
        for (Planned planned : plan) {
            DineroContact customer = planned.customer();
            boolean eu = !"DK".equals(customer.countryKey());
            String currency = eu || random.nextDouble() < 0.02 ? "EUR" : "DKK";
            UUID guid = books.addInvoice(new NewInvoice(customer.guid(), planned.date(), null, currency, "Faktura",
                    maker.lines(eu, currency)), maker.at(planned.date(), 8, 480));
            books.book(guid, books.document(guid).orElseThrow().createdAt().plusSeconds(60));
            maker.settle(books, books.document(guid).orElseThrow());
            booked.add(books.document(guid).orElseThrow());
        }
        return booked;
    }

    /** About 2 % of invoices get a credit note: offset against the open invoice, refunded, or left as credit. */
    private void creditNotes(OrganisationBooks books, List<DineroDocument> booked, SplittableRandom random,
            DemoInvoices maker) {
        int count = invoices < 10 ? 0 : Math.max(1, invoices / 50);
        for (int i = 0; i < count; i++) {
            DineroDocument invoice = books.document(booked.get(random.nextInt(booked.size())).guid()).orElseThrow();
            BigDecimal share = random.nextDouble() < 0.3 ? BigDecimal.ONE
                    : BigDecimal.valueOf(10 + random.nextInt(41), 2);
            BigDecimal vatRate = invoice.totalInclVat().compareTo(invoice.totalExclVat()) == 0 ? BigDecimal.ZERO
                    : DineroLine.DANISH_VAT;
            BigDecimal exclVat = invoice.totalExclVat().multiply(share).setScale(2, RoundingMode.HALF_UP);
            LocalDate date = invoice.date().plusDays(1 + random.nextInt(20));
            date = date.isBefore(anchorDate) ? date : anchorDate.minusDays(1);
            UUID guid = books.addCreditNote(new NewCreditNote(invoice.contactGuid(), date, invoice.currency(),
                    "Kreditnota til faktura " + invoice.number(), List.of(new DineroLine("Kreditering af faktura "
                            + invoice.number(), BigDecimal.ONE, exclVat, vatRate))), maker.at(date, 9, 420));
            long number = books.book(guid, books.document(guid).orElseThrow().createdAt().plusSeconds(30));
            DineroDocument note = books.document(guid).orElseThrow();
            boolean invoiceStillOpen = invoice.remainingAmount().compareTo(note.totalInclVat()) >= 0;
            if (invoiceStillOpen && random.nextDouble() < 0.7) {
                books.registerPayment(invoice.guid(), new NewPayment(date, note.totalInclVat(),
                        "Modregnet kreditnota " + number), maker.at(date, 15, 60));
                books.registerPayment(guid, new NewPayment(date, note.totalInclVat(),
                        "Modregnet i faktura " + invoice.number()), maker.at(date, 15, 60));
            } else if (!invoiceStillOpen && random.nextBoolean()) {
                maker.pay(books, note, note.totalInclVat(), date);
            }
        }
    }

    /** A handful of drafts (dates unfiltered by Dinero) and a few deleted vouchers, so filters matter. */
    private void draftsAndDeletions(OrganisationBooks books, List<DineroContact> debtors, SplittableRandom random,
            DemoInvoices maker) {
        int drafts = 3 + random.nextInt(5);
        int deletedDrafts = 2 + random.nextInt(3);
        for (int i = 0; i < drafts + deletedDrafts + 1; i++) {
            DineroContact customer = debtors.get(random.nextInt(debtors.size()));
            LocalDate date = anchorDate.minusDays(1 + random.nextInt(10));
            boolean eu = !"DK".equals(customer.countryKey());
            String currency = eu ? "EUR" : "DKK";
            UUID guid = books.addInvoice(new NewInvoice(customer.guid(), date, null, currency, "Faktura (kladde)",
                    maker.lines(eu, currency)), maker.at(date, 8, 300));
            if (i >= drafts + deletedDrafts) {
                books.book(guid, maker.at(date, 14, 60));
            }
            if (i >= drafts) {
                books.deleteDocument(guid, maker.at(date, 16, 60));
            }
        }
        DineroContact customer = debtors.getFirst();
        books.addCreditNote(NewCreditNote.of(customer.guid(), anchorDate.minusDays(2), new BigDecimal("400.00")),
                maker.at(anchorDate.minusDays(2), 9, 300));
    }
}
