package org.reskontro.charges.denmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.reskontro.charges.Amount;
import org.reskontro.charges.ChargesInputException;
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
 * The most a collector may charge for out-of-court collection, ex VAT, by the size of the claim (principal incl.
 * VAT plus interest before the due date, not default interest): bekendtgørelse om udenretlige
 * inddrivelsesomkostninger, bilag 1, for claims arising from 1 July 2016; above the top bound, plus a percentage of
 * the excess.
 */
public final class DanishCollectionCostCap {

    private DanishCollectionCostCap() {
    }

    public static Amount cap(Tariffs tariffs, Money claim, LocalDate date) {
        if (claim.amount().signum() < 0) {
            throw new ChargesInputException("The claim must not be negative (got " + claim + ")");
        }
        List<TariffRow> bands = tariffs.bands(CountryCode.DK, TariffItem.COLLECTION_COST_CAP, DebtorType.CONSUMER, date);
        TariffRow band = Bands.bandFor(bands, claim.amount());
        List<Step> steps = new ArrayList<>();
        steps.add(Step.of("charges.dkCap.band", claim.rounded(), band.bandUpTo() == null ? "∞" : band.bandUpTo().toPlainString(),
                band.money().rounded()));
        Money cap = band.money();
        if (band.bandUpTo() == null) {
            TariffRow excess = tariffs.value(CountryCode.DK, TariffItem.COLLECTION_COST_EXCESS_PERCENT,
                    DebtorType.CONSUMER, date);
            BigDecimal over = claim.amount().subtract(excess.bandUpTo()).max(BigDecimal.ZERO);
            Money extra = new Money(over.multiply(excess.value()).movePointLeft(2), claim.currency());
            steps.add(Step.of("charges.dkCap.excess", excess.value().stripTrailingZeros().toPlainString(),
                    new Money(over, claim.currency()).rounded(), extra.rounded()));
            cap = cap.plus(extra);
        }
        Money rounded = cap.rounded();
        steps.add(Step.of("charges.dkCap.total", rounded));
        return new Amount(rounded, new Explanation("DK.collection-cost-cap", band.statute(), steps));
    }
}
