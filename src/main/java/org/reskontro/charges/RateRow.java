package org.reskontro.charges;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.reskontro.shared.CountryCode;

/**
 * One late-payment interest rate for a period (normally a half-year), with how it was made (reference rate +
 * statutory margin), the day-count convention used with it, and where it was read.
 */
public record RateRow(CountryCode country, DebtorScope debtorScope, LocalDate validFrom, LocalDate validTo,
                      BigDecimal referenceRate, BigDecimal margin, BigDecimal ratePercent, DayCount dayCount,
                      Verification status, String source, String statute) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(validFrom) && !date.isAfter(validTo);
    }
}
