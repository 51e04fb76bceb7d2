package org.reskontro.charges.finland;

import java.util.List;
import org.reskontro.charges.DebtorType;
import org.reskontro.charges.Letter;
import org.reskontro.charges.LetterType;
import org.reskontro.charges.TariffItem;
import org.reskontro.charges.TariffRow;
import org.reskontro.charges.rules.Bands;
import org.reskontro.charges.rules.LetterFeeRules;
import org.reskontro.charges.rules.LetterRun;
import org.reskontro.shared.CountryCode;
import org.reskontro.shared.Money;

/**
 * Laki saatavien perinnästä (513/1999). Consumers (10 a §): a maksumuistutus costs at most 5 EUR, the first at the
 * earliest 14 days after the due date and the next 14 days after the previous fee-bearing one, at most two; a maksuvaatimus
 * (both a collection notice and a payment demand here) costs by principal band, a repeated one half, at most two,
 * each at least 14 days after the previous reminder or demand; and all costs together stay under the claim's
 * total cap. Businesses (10 e §): 12 EUR per reminder and the business demand bands (vendor price lists only;
 * the tables mark them unverified).
 */
public final class FinnishLetterFees implements LetterFeeRules {

    private static final LetterType[] DEMANDS = {LetterType.COLLECTION_NOTICE, LetterType.PAYMENT_DEMAND};
    private static final LetterType[] ALL = LetterType.values();

    @Override
    public CountryCode country() {
        return CountryCode.FI;
    }

    @Override
    public void decide(LetterRun run, Letter letter) {
        if (letter.type() == LetterType.REMINDER) {
            reminder(run, letter);
        } else {
            demand(run, letter);
        }
    }

    private static void reminder(LetterRun run, Letter letter) {
        boolean allowed = run.overdue(letter)
                && run.earliestAfterDue(letter, TariffItem.REMINDER_EARLIEST_DAYS_AFTER_DUE)
                && run.spacedFromCharged(letter, TariffItem.REMINDER_MIN_SPACING_DAYS, LetterType.REMINDER)
                && run.belowMax(TariffItem.REMINDER_FEE_MAX_COUNT, letter.sent(), LetterType.REMINDER);
        if (allowed) {
            charge(run, letter, run.value(TariffItem.REMINDER_FEE, letter.sent()).money(),
                    run.value(TariffItem.REMINDER_FEE, letter.sent()), "maksumuistutus");
        } else {
            run.noFee(letter, "maksumuistutus");
        }
    }

    private static void demand(LetterRun run, Letter letter) {
        boolean allowed = run.overdue(letter)
                && run.spacedFrom(letter, TariffItem.DEMAND_MIN_SPACING_DAYS, ALL)
                && run.belowMax(TariffItem.DEMAND_MAX_COUNT, letter.sent(), DEMANDS);
        if (!allowed) {
            run.noFee(letter, "maksuvaatimus");
            return;
        }
        List<TariffRow> bands = run.bands(TariffItem.PAYMENT_DEMAND_FEE, letter.sent());
        TariffRow band = Bands.bandFor(bands, run.query().principal().amount());
        Money fee = band.money();
        if (run.charged(DEMANDS) > 0) {
            TariffRow factor = run.value(TariffItem.DEMAND_REPEAT_FACTOR, letter.sent());
            Money repeated = new Money(fee.amount().multiply(factor.value()), fee.currency());
            run.step("charges.letter.repeat", factor.value().stripTrailingZeros().toPlainString(), fee.rounded(),
                    repeated.rounded());
            fee = repeated;
        }
        charge(run, letter, fee, band, "maksuvaatimus");
    }

    /** Charges the fee, reduced where the consumer's total cost cap for the claim would be passed. */
    private static void charge(LetterRun run, Letter letter, Money fee, TariffRow row, String rule) {
        Money allowed = fee;
        if (run.query().debtor() == DebtorType.CONSUMER && run.has(TariffItem.TOTAL_COST_CAP, letter.sent())) {
            TariffRow cap = Bands.bandFor(run.bands(TariffItem.TOTAL_COST_CAP, letter.sent()),
                    run.query().principal().amount());
            Money room = cap.money().minus(run.chargedTotal());
            if (room.compareTo(fee) < 0) {
                allowed = room.amount().signum() > 0 ? room : Money.zero(fee.currency());
                run.step("charges.letter.capped", allowed.rounded(), cap.money().rounded());
            }
        }
        run.step("charges.letter.fee", allowed.rounded(), letter.sent(), row.validFrom(), row.status());
        run.statute(row.statute());
        run.decide(letter, allowed, rule);
    }

}
