package org.reskontro.simulator.dinero;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded invoice lines and what became of each invoice: paid in full, partly, too much, or still open (and then
 * overdue once its payment date has passed). Older invoices are more often paid, as in a real ledger.
 */
final class DemoInvoices {

    private static final String[] PAYMENT_TEXTS = {"Indbetaling", "Bankoverførsel", "MobilePay", "Betaling FIK 71",
        "Betalingsservice"};
    private static final BigDecimal EUR_IN_DKK = new BigDecimal("7.458");

    private final SplittableRandom random;
    private final LocalDate anchorDate;

    DemoInvoices(SplittableRandom random, LocalDate anchorDate) {
        this.random = random;
        this.anchorDate = anchorDate;
    }

    /** One to four lines at realistic Danish prices; EU customers in EUR without Danish VAT (reverse charge). */
    List<DineroLine> lines(boolean euCustomer, String currency) {
        BigDecimal vat = euCustomer ? BigDecimal.ZERO : DineroLine.DANISH_VAT;
        List<DineroLine> lines = new ArrayList<>();
        int count = 1 + (int) Math.floor(Math.pow(random.nextDouble(), 2) * 4);
        for (int i = 0; i < count; i++) {
            DineroLine line = switch (random.nextInt(6)) {
                case 0 -> new DineroLine("Konsulentbistand", halfHours(1, 40), price(650, 1250, 25), vat);
                case 1 -> new DineroLine("Timer, montør", halfHours(1, 24), price(495, 795, 5), vat);
                case 2 -> new DineroLine("Materialer", BigDecimal.ONE, price(150, 15000, 1), vat);
                case 3 -> new DineroLine("Abonnement", BigDecimal.ONE,
                        new BigDecimal(new int[] {199, 299, 499, 999}[random.nextInt(4)]), vat);
                case 4 -> new DineroLine("Kørsel (km)", new BigDecimal(10 + random.nextInt(290)),
                        new BigDecimal("3.79"), vat);
                default -> new DineroLine("Servicebesøg", BigDecimal.ONE, new BigDecimal("895"), vat);
            };
            lines.add("EUR".equals(currency) ? inEuro(line) : line);
        }
        return lines;
    }

    /** Registers what the customer paid, all on dates before the anchor date. */
    void settle(OrganisationBooks books, DineroDocument invoice) {
        boolean pastDue = invoice.paymentDate().isBefore(anchorDate);
        double outcome = random.nextDouble();
        BigDecimal total = invoice.totalInclVat();
        if (pastDue ? outcome < 0.78 : outcome < 0.30) {
            pay(books, invoice, total, payday(invoice, pastDue));
        } else if (pastDue ? outcome < 0.84 : outcome < 0.34) {
            pay(books, invoice, whole(total.multiply(BigDecimal.valueOf(30 + random.nextInt(41), 2))),
                    payday(invoice, pastDue));
        } else if (pastDue && outcome >= 0.985) {
            BigDecimal first = whole(total.divide(BigDecimal.TWO, RoundingMode.DOWN));
            LocalDate firstDay = payday(invoice, true);
            pay(books, invoice, first, firstDay);
            pay(books, invoice, total.subtract(first), later(firstDay, 14));
        } else if (pastDue && outcome >= 0.965) {
            pay(books, invoice, total.add(new BigDecimal(1 + random.nextInt(400))), payday(invoice, true));
        }
    }

    void pay(OrganisationBooks books, DineroDocument document, BigDecimal amount, LocalDate day) {
        if (amount.signum() > 0 && day.isBefore(anchorDate) && !day.isBefore(document.date())) {
            books.registerPayment(document.guid(), new NewPayment(day, amount,
                    PAYMENT_TEXTS[random.nextInt(PAYMENT_TEXTS.length)]), at(day, 10, 300));
        }
    }

    Instant at(LocalDate day, int fromHour, int spreadMinutes) {
        return day.atTime(fromHour, 0).plusMinutes(random.nextInt(spreadMinutes)).plusSeconds(random.nextInt(60))
                .atZone(DineroApi.DINERO_ZONE).toInstant();
    }

    /** Most pay a few days either side of the payment date; never on or after the anchor date. */
    private LocalDate payday(DineroDocument invoice, boolean pastDue) {
        long terms = invoice.paymentDate().toEpochDay() - invoice.date().toEpochDay();
        LocalDate day = pastDue ? invoice.date().plusDays(1 + random.nextInt((int) terms + 18))
                : invoice.date().plusDays(random.nextInt((int) terms + 1));
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

    private static DineroLine inEuro(DineroLine line) {
        BigDecimal euros = line.unitPrice().divide(EUR_IN_DKK, 0, RoundingMode.HALF_UP).max(BigDecimal.ONE);
        return new DineroLine(line.description(), line.quantity(), euros, line.vatRate());
    }

    private static BigDecimal whole(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.DOWN).max(BigDecimal.ONE);
    }
}
