package org.reskontro.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.reskontro.shared.CountryCode;
import org.reskontro.shared.OrganisationNumber;
import org.reskontro.simulator.dinero.DineroDocument;
import org.reskontro.simulator.dinero.DineroLine;
import org.reskontro.simulator.dinero.DineroOrganisation;
import org.reskontro.simulator.dinero.DineroSimulator;
import org.reskontro.simulator.dinero.NewContact;
import org.reskontro.simulator.dinero.NewInvoice;
import org.reskontro.simulator.dinero.NewPayment;

/**
 * A large, plain Danish organisation in the simulator, fast to load: one contact (a company with a valid CVR number)
 * per 20 invoices, and {@code items} booked DKK invoices dated over the last 100 days, all still open, about 10 %
 * paid in part. Everything is stamped at its own past time, so a later delta sync sees only what changed after it.
 * Seeded: the same count gives the same books.
 */
final class BulkBooks {

    static final int INVOICES_PER_CONTACT = 20;
    static final int DAYS = 100;
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final int[] PAYMENT_DAYS = {8, 14, 30};

    /** What was loaded; {@code toChange} are the 1 % of invoices the delta will find paid. */
    record Loaded(DineroOrganisation organisation, int contacts, int invoices, int partlyPaid, List<UUID> toChange,
            long nanos) {
    }

    record Changed(int paidInFull, int paidInPart, long nanos) {

        int total() {
            return paidInFull + paidInPart;
        }
    }

    private BulkBooks() {
    }

    static Loaded load(DineroSimulator simulator, String name, int items, LocalDate today) {
        long start = System.nanoTime();
        SplittableRandom random = new SplittableRandom(20_261_203L);
        DineroOrganisation organisation = simulator.createOrganisation(name);
        int orgId = organisation.id();
        CvrNumbers cvrs = new CvrNumbers(20_000_000);
        List<UUID> contacts = new ArrayList<>();
        int contactCount = Math.max(1, items / INVOICES_PER_CONTACT);
        for (int i = 1; i <= contactCount; i++) {
            NewContact contact = new NewContact("Bench Kunde " + i + " ApS", false, cvrs.next(),
                    "Vestergade " + (i % 120 + 1), "8000", "Aarhus C", "DK", "kunde" + i + "@bench.example", null,
                    PAYMENT_DAYS[i % 3], true, false);
            Instant created = at(today.minusDays(DAYS + 30 + random.nextInt(300)), 9, random);
            contacts.add(simulator.addContact(orgId, contact, created));
        }
        List<UUID> toChange = new ArrayList<>();
        int partlyPaid = 0;
        for (int i = 0; i < items; i++) {
            LocalDate date = today.minusDays(DAYS - (long) i * DAYS / items);
            BigDecimal exclVat = BigDecimal.valueOf(200 + random.nextInt(20_000));
            NewInvoice invoice = new NewInvoice(contacts.get(random.nextInt(contacts.size())), date, null, "DKK",
                    "Faktura", List.of(DineroLine.of("Ydelser", exclVat)));
            Instant created = at(date, 8, random);
            UUID guid = simulator.addBookedInvoice(orgId, invoice, created, created.plusSeconds(60));
            if (random.nextDouble() < 0.10) {
                partlyPaid++;
                BigDecimal total = exclVat.multiply(BigDecimal.valueOf(125, 2));
                BigDecimal part = total.multiply(BigDecimal.valueOf(20 + random.nextInt(61), 2))
                        .setScale(0, RoundingMode.DOWN).max(BigDecimal.ONE);
                LocalDate paid = date.plusDays(random.nextInt(20));
                paid = paid.isBefore(today) ? paid : today.minusDays(1);
                Instant registered = at(paid, 16, random); // after booking, which happens before 09:01
                simulator.registerPayment(orgId, guid, new NewPayment(paid, part, "Indbetaling"), registered);
            }
            if (i % 100 == 0) {
                toChange.add(guid);
            }
        }
        return new Loaded(organisation, contactCount, items, partlyPaid, List.copyOf(toChange),
                System.nanoTime() - start);
    }

    /** Pays the 1 %, now (the simulator's clock): every other one in full, the others in part. */
    static Changed change(DineroSimulator simulator, Loaded loaded, LocalDate today) {
        long start = System.nanoTime();
        int orgId = loaded.organisation().id();
        int inFull = 0;
        int inPart = 0;
        for (int i = 0; i < loaded.toChange().size(); i++) {
            UUID guid = loaded.toChange().get(i);
            DineroDocument invoice = simulator.document(orgId, guid).orElseThrow();
            BigDecimal remaining = invoice.remainingAmount();
            boolean full = i % 2 == 0 || remaining.compareTo(BigDecimal.TWO) < 0;
            BigDecimal amount = full ? remaining
                    : remaining.divide(BigDecimal.TWO, 0, RoundingMode.DOWN).max(BigDecimal.ONE);
            simulator.registerPayment(orgId, guid, new NewPayment(today, amount, "Indbetaling"));
            if (full) {
                inFull++;
            } else {
                inPart++;
            }
        }
        return new Changed(inFull, inPart, System.nanoTime() - start);
    }

    /** A time on {@code day} in Copenhagen between {@code hour}:00 and {@code hour}:59. */
    private static Instant at(LocalDate day, int hour, SplittableRandom random) {
        return day.atTime(hour, random.nextInt(60), random.nextInt(60)).atZone(COPENHAGEN).toInstant();
    }

    /** Ascending 8-digit numbers that pass the CVR check digit. */
    static final class CvrNumbers {

        private int next;

        CvrNumbers(int first) {
            this.next = first;
        }

        String next() {
            while (true) {
                String candidate = String.valueOf(next++);
                if (OrganisationNumber.isValid(CountryCode.DK, candidate)) {
                    return candidate;
                }
            }
        }
    }
}
