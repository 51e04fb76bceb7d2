package org.reskontro.charges.norway;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.reskontro.charges.Amount;
import org.reskontro.charges.ChargesInputException;
import org.reskontro.charges.CollectionStage;
import org.reskontro.charges.DebtorType;
import org.reskontro.charges.Explanation;
import org.reskontro.charges.Explanation.Step;
import org.reskontro.charges.TariffItem;
import org.reskontro.charges.TariffRow;
import org.reskontro.charges.rules.Bands;
import org.reskontro.charges.rules.Tariffs;
import org.reskontro.shared.CountryCode;
import org.reskontro.shared.Money;

/**
 * The salær cap of inkassoforskriften kap. 2: a multiple of the inkassosats by the size of the principal (the
 * table in force for the claim's due date: the 2020 reform changed it for claims falling due from 1 Oct 2020),
 * twice that for heavy collection (tung inndriving), 1.5 times for a business debtor, plus VAT when the creditor
 * cannot deduct input VAT. The inkassosats is the one in force on the date the salær is charged.
 */
public final class NorwegianSalaryCap {

    private NorwegianSalaryCap() {
    }

    public static Amount cap(Tariffs tariffs, Money principal, DebtorType debtor, CollectionStage stage, boolean vatDeductible,
                             LocalDate date, LocalDate claimDueDate) {
        if (principal.amount().signum() < 0) {
            throw new ChargesInputException("The principal must not be negative (got " + principal + ")");
        }
        CountryCode no = CountryCode.NO;
        TariffRow band = Bands.bandFor(tariffs.bands(no, TariffItem.SALARY_MULTIPLE, debtor, claimDueDate),
                principal.amount());
        TariffRow sats = tariffs.value(no, TariffItem.INKASSOSATS, debtor, date);
        List<Step> steps = new ArrayList<>();
        BigDecimal amount = band.value().multiply(sats.value());
        steps.add(Step.of("charges.noSalary.light", principal.rounded(), plain(band.value()), sats.money().rounded(),
                amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(), claimDueDate));
        if (stage == CollectionStage.HEAVY) {
            TariffRow heavy = tariffs.value(no, TariffItem.SALARY_HEAVY_FACTOR, debtor, date);
            amount = amount.multiply(heavy.value());
            steps.add(Step.of("charges.noSalary.heavy", plain(heavy.value())));
        }
        if (debtor == DebtorType.BUSINESS) {
            TariffRow business = tariffs.value(no, TariffItem.SALARY_BUSINESS_FACTOR, debtor, date);
            amount = amount.multiply(business.value());
            steps.add(Step.of("charges.noSalary.business", plain(business.value())));
        }
        if (!vatDeductible) {
            TariffRow vat = tariffs.value(no, TariffItem.SALARY_VAT_PERCENT, debtor, date);
            amount = amount.add(amount.multiply(vat.value()).movePointLeft(2));
            steps.add(Step.of("charges.noSalary.vat", plain(vat.value())));
        }
        Money cap = new Money(amount, principal.currency()).rounded();
        steps.add(Step.of("charges.noSalary.total", cap));
        return new Amount(cap, new Explanation("NO.collection-salary-cap", band.statute(), steps));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
