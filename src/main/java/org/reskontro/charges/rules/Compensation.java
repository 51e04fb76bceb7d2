package org.reskontro.charges.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.reskontro.charges.Amount;
import org.reskontro.charges.ChargesInputException;
import org.reskontro.charges.DebtorType;
import org.reskontro.charges.Explanation;
import org.reskontro.charges.Explanation.Step;
import org.reskontro.charges.TariffItem;
import org.reskontro.charges.TariffRow;
import org.reskontro.shared.CountryCode;
import org.reskontro.shared.Money;

/**
 * The flat B2B compensation for recovery costs of the late-payment directive (2011/7/EU) as each country enacted
 * it: DK renteloven § 9 a stk. 3, NO forsinkelsesrenteloven § 3a, SE lag (1981:739) 4 a §, FI perintälaki 10 b §.
 * One per overdue invoice; consumers are owed none.
 */
public final class Compensation {

    private Compensation() {
    }

    public static Amount compensation(Tariffs tariffs, CountryCode country, DebtorType debtor, LocalDate date,
                                      int invoices) {
        if (invoices < 1) {
            throw new ChargesInputException("invoices must be at least 1 (got " + invoices + ")");
        }
        if (debtor == DebtorType.CONSUMER) {
            TariffRow business = tariffs.value(country, TariffItem.COMPENSATION, DebtorType.BUSINESS, date);
            return new Amount(Money.zero(business.currency()), new Explanation(country + ".compensation",
                    business.statute(), java.util.List.of(Step.of("charges.compensation.consumer"))));
        }
        TariffRow row = tariffs.value(country, TariffItem.COMPENSATION, debtor, date);
        Money total = new Money(row.value().multiply(BigDecimal.valueOf(invoices)), row.currency()).rounded();
        return new Amount(total, new Explanation(country + ".compensation", row.statute(), java.util.List.of(
                Step.of("charges.compensation.amount", row.money().rounded(), date, row.validFrom(), row.status()),
                Step.of("charges.compensation.invoices", invoices, row.money().rounded(), total),
                Step.of("charges.compensation.note." + country.name()))));
    }
}
