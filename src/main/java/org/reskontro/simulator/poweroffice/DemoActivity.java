package org.reskontro.simulator.poweroffice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded invoice lines at Norwegian prices and what became of each invoice: paid by KID in full, partly, in two
 * goes, by bank transfer, too much, or still open (and overdue once due). Older invoices are more often paid, as
 * in a real ledger; nothing happens on or after the anchor date.
 */
final class DemoActivity {

    private final SplittableRandom random;
    private final LocalDate anchorDate;

    DemoActivity(SplittableRandom random, LocalDate anchorDate) {
        this.random = random;
        this.anchorDate = anchorDate;
    }

    /** One to four lines; Swedish customers without Norwegian MVA (export of services). */
    List<PowerOfficeLine> lines(boolean domestic) {
        BigDecimal vat = domestic ? PowerOfficeLine.GENERAL_VAT : BigDecimal.ZERO;
        List<PowerOfficeLine> lines = new ArrayList<>();
        int count = 1 + (int) Math.floor(Math.pow(random.nextDouble(), 2) * 4);
        for (int i = 0; i < count; i++) {
            lines.add(switch (random.nextInt(7)) {
                case 0 -> new PowerOfficeLine("Konsulenttimer", halfHours(1, 30), price(950, 1450, 50), vat);
                case 1 -> new PowerOfficeLine("Montørtimer", halfHours(1, 20), price(650, 890, 10), vat);
                case 2 -> new PowerOfficeLine("Materiell", BigDecimal.ONE, price(200, 18000, 1), vat);
                case 3 -> new PowerOfficeLine("Abonnement", BigDecimal.ONE,
                        new BigDecimal(new int[] {199, 349, 599, 1290}[random.nextInt(4)]), vat);
                case 4 -> new PowerOfficeLine("Kjøring (km)", new BigDecimal(10 + random.nextInt(390)),
                        new BigDecimal("4.50"), vat);
                case 5 -> new PowerOfficeLine("Lunsj, møte", new BigDecimal(4 + random.nextInt(30)),
                        price(145, 245, 5), domestic ? PowerOfficeLine.FOOD_VAT : BigDecimal.ZERO);
                default -> new PowerOfficeLine("Serviceavtale", BigDecimal.ONE, new BigDecimal("1950"), vat);
            });
        }
        return lines;
    }

    /** Registers what the customer paid, all on dates before the anchor date. */
    void settle(ClientBooks books, OutgoingInvoice invoice) {
        boolean pastDue = invoice.dueDate().isBefore(anchorDate);
        double outcome = random.nextDouble();
        BigDecimal total = invoice.totalPosted();
        if (pastDue ? outcome < 0.80 : outcome < 0.30) {
            pay(books, invoice, total, payday(invoice, pastDue), random.nextDouble() < 0.9);
        } else if (pastDue ? outcome < 0.86 : outcome < 0.34) {
            pay(books, invoice, whole(total.multiply(BigDecimal.valueOf(30 + random.nextInt(41), 2))),
                    payday(invoice, pastDue), false);
        } else if (pastDue && outcome >= 0.985) {
            BigDecimal first = whole(total.divide(BigDecimal.TWO, RoundingMode.DOWN));
            LocalDate firstDay = payday(invoice, true);
            pay(books, invoice, first, firstDay, true);
            pay(books, invoice, total.subtract(first), later(firstDay, 14), true);
        } else if (pastDue && outcome >= 0.97) {
            pay(books, invoice, total.add(new BigDecimal(1 + random.nextInt(500))), payday(invoice, true), false);
        }
    }

    void pay(ClientBooks books, OutgoingInvoice document, BigDecimal amount, LocalDate day, boolean byKid) {
        if (amount.signum() > 0 && day.isBefore(anchorDate) && !day.isBefore(document.voucherDate())) {
            books.registerPayment(document.id(), new NewPayment(day, amount, byKid), at(day, 10, 300));
        }
    }

    Instant at(LocalDate day, int fromHour, int spreadMinutes) {
        return day.atTime(fromHour, 0).plusMinutes(random.nextInt(spreadMinutes)).plusSeconds(random.nextInt(60))
                .atZone(PowerOfficeApi.OSLO).toInstant();
    }

    /** Most pay a few days either side of the due date; never on or after the anchor date. */
    private LocalDate payday(OutgoingInvoice invoice, boolean pastDue) {
        long terms = invoice.dueDate().toEpochDay() - invoice.voucherDate().toEpochDay();
        LocalDate day = pastDue ? invoice.voucherDate().plusDays(1 + random.nextInt((int) terms + 18))
                : invoice.voucherDate().plusDays(random.nextInt((int) terms + 1));
        LocalDate lastDay = anchorDate.minusDays(1);
        return day.isAfter(lastDay) ? lastDay : day;
    }

    private LocalDate later(LocalDate day, int days) {
        LocalDate next = day.plusDays(1 + random.nextInt(days));
        return next.isBefore(anchorDate) ? next : anchorDate.minusDays(1);
    }

    private BigDecimal halfHours(int min, int max) {
        return BigDecimal.valueOf(min * 2 + random.nextInt((max - min) * 2 + 1), 1).multiply(BigDecimal.valueOf(5));
    }

    private BigDecimal price(int min, int max, int step) {
        return new BigDecimal(min + step * random.nextInt((max - min) / step + 1));
    }

    private static BigDecimal whole(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.DOWN).max(BigDecimal.ONE);
    }
}
