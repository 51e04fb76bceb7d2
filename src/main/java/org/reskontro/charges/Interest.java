package org.reskontro.charges;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.reskontro.charges.Explanation.Step;
import org.reskontro.shared.CountryCode;
import org.reskontro.shared.Money;

/**
 * Late-payment interest on a principal from the day after the due date up to and including the payment date,
 * as the sum of its segments, rounded once.
 *
 * @param days interest days under the day-count convention (for 30E/360 these are not calendar days)
 */
public record Interest(CountryCode country, Money principal, LocalDate dueDate, LocalDate paidDate, Money amount,
                       long days, DayCount dayCount, String statute, List<Segment> segments) {

    public Interest {
        segments = List.copyOf(segments);
    }

    /** Built on demand: the calculation itself is on hot paths (daily dunning runs) that do not need it. */
    public Explanation explanation() {
        List<Step> steps = new ArrayList<>();
        steps.add(Step.of("charges.interest.period", dueDate, paidDate, days, dayCount.name()));
        for (Segment s : segments) {
            steps.add(Step.of("charges.interest.segment", s.firstDay(), s.lastDay(), principal.rounded(),
                    s.ratePercent().stripTrailingZeros().toPlainString(), s.days(), s.yearDays(),
                    s.exactAmount(principal).setScale(4, RoundingMode.HALF_UP).toPlainString(), s.rateStatus()));
        }
        steps.add(Step.of("charges.interest.total", amount));
        return new Explanation(country + ".late-payment-interest", statute, steps);
    }

    /** A stretch of days at one rate and one year length (it never crosses 1 January or 1 July). */
    public record Segment(LocalDate firstDay, LocalDate lastDay, long days, int yearDays, BigDecimal ratePercent,
                          Verification rateStatus, String rateSource) {

        /** principal × rate × days / (100 × yearDays), unrounded: the segments add up before the one rounding. */
        public BigDecimal exactAmount(Money principal) {
            return principal.amount().multiply(ratePercent).multiply(BigDecimal.valueOf(days))
                    .divide(BigDecimal.valueOf(100L * yearDays), MathContext.DECIMAL128);
        }
    }
}
