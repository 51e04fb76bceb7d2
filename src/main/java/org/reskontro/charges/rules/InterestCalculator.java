package org.reskontro.charges.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import org.reskontro.charges.ChargesInputException;
import org.reskontro.charges.DayCount;
import org.reskontro.charges.DebtorType;
import org.reskontro.charges.Interest;
import org.reskontro.charges.RateRow;
import org.reskontro.shared.CountryCode;
import org.reskontro.shared.Money;

/**
 * Simple late-payment interest, split at every rate change and at every 1 January and 1 July, each segment at
 * its own rate and year length, rounded once at the end (LEGAL.md § 8; no compounding: NO Rt. 1998 s. 198, DK
 * and SE practice). The segments are summed exactly over a common denominator, so the only rounding is the
 * final one in {@link Money#quotient}.
 */
public final class InterestCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private InterestCalculator() {
    }

    public static Interest interest(Tariffs tariffs, CountryCode country, DebtorType debtor, Money principal,
                                    LocalDate dueDate, LocalDate paidDate) {
        if (principal.amount().signum() < 0) {
            throw new ChargesInputException("The principal must not be negative (got " + principal + ")");
        }
        if (paidDate.isBefore(dueDate)) {
            throw new ChargesInputException("The payment date " + paidDate + " is before the due date " + dueDate);
        }
        RateRow opening = tariffs.rate(country, debtor, paidDate.equals(dueDate) ? dueDate : dueDate.plusDays(1));
        List<Interest.Segment> segments = new ArrayList<>(2);
        LocalDate before = dueDate;
        long totalDays = 0;
        long commonYear = 1;
        while (before.isBefore(paidDate)) {
            LocalDate first = before.plusDays(1);
            RateRow row = segments.isEmpty() ? opening : tariffs.rate(country, debtor, first);
            LocalDate last = min(min(paidDate, row.validTo()), halfYearEnd(first));
            DayCount dayCount = row.dayCount();
            long days = dayCount.days(before, last);
            int yearDays = dayCount.yearDays(first);
            commonYear = commonYear % yearDays == 0 ? commonYear : lcm(commonYear, yearDays);
            segments.add(new Interest.Segment(first, last, days, yearDays, row.ratePercent(), row.status(),
                    row.source()));
            totalDays += days;
            before = last;
        }
        BigDecimal numerator = BigDecimal.ZERO;
        for (Interest.Segment s : segments) {
            numerator = numerator.add(s.ratePercent().multiply(BigDecimal.valueOf(s.days() * (commonYear / s.yearDays()))));
        }
        numerator = numerator.multiply(principal.amount());
        Money amount = Money.quotient(numerator, HUNDRED.multiply(BigDecimal.valueOf(commonYear)), principal.currency());
        return new Interest(country, principal, dueDate, paidDate, amount, totalDays, opening.dayCount(),
                opening.statute(), segments);
    }

    static LocalDate halfYearEnd(LocalDate day) {
        return day.getMonthValue() <= 6 ? LocalDate.of(day.getYear(), Month.JUNE, 30)
                : LocalDate.of(day.getYear(), Month.DECEMBER, 31);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static long lcm(long a, long b) {
        return a / gcd(a, b) * b;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
