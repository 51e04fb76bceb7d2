package org.reskontro.charges;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.reskontro.shared.CountryCode;
import org.reskontro.shared.Money;

/**
 * One effective-dated value a rule uses: a fee amount, a cap, a count, a number of days or a multiplier. Banded
 * values (caps by claim size) have one row per band, ordered by {@code band}, each up to and including
 * {@code bandUpTo} (null: no upper bound). An open {@code validTo} means "until a later row says otherwise".
 */
public record TariffRow(CountryCode country, TariffItem item, DebtorScope debtorScope, LocalDate validFrom,
                        LocalDate validTo, int band, BigDecimal bandUpTo, BigDecimal value, TariffUnit unit,
                        Currency currency, Verification status, String source, String statute) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    public Money money() {
        if (currency == null) {
            throw new IllegalStateException(item + " is a " + unit + ", not an amount");
        }
        return new Money(value, currency);
    }

    public int whole() {
        return value.intValueExact();
    }
}
