package org.reskontro.charges.sweden;

import org.reskontro.charges.DebtorType;
import org.reskontro.charges.Letter;
import org.reskontro.charges.LetterType;
import org.reskontro.charges.TariffItem;
import org.reskontro.charges.rules.LetterFeeRules;
import org.reskontro.charges.rules.LetterRun;
import org.reskontro.shared.CountryCode;

/**
 * Lag (1981:739) om ersättning för inkassokostnader: a påminnelseavgift (2 §, 4 § p. 1) for each written reminder
 * after the debtor delayed payment, but only if agreed at the latest when the debt arose; compensation for an
 * inkassokrav meeting inkassolagen 5 § (3 § p. 1, 4 § p. 2), once per claim. Swedish law has no separate fee for
 * a further payment demand (the next step is Kronofogden's betalningsföreläggande, outside these letters).
 */
public final class SwedishLetterFees implements LetterFeeRules {

    private static final String STATUTE = "Lag (1981:739) om ersättning för inkassokostnader";

    @Override
    public CountryCode country() {
        return CountryCode.SE;
    }

    @Override
    public void decide(LetterRun run, Letter letter) {
        switch (letter.type()) {
            case REMINDER -> reminder(run, letter);
            case COLLECTION_NOTICE -> collectionNotice(run, letter);
            case PAYMENT_DEMAND -> {
                run.step("charges.letter.noInstrument", "SE");
                run.statute(STATUTE);
                run.noFee(letter, "betalningskrav");
            }
        }
    }

    private static void reminder(LetterRun run, Letter letter) {
        if (!run.query().reminderFeeAgreed()) {
            run.step("charges.letter.notAgreed");
            run.statute(run.value(TariffItem.REMINDER_FEE, letter.sent()).statute());
            run.noFee(letter, "paminnelseavgift");
            return;
        }
        if (run.overdue(letter) && run.earliestAfterDue(letter, TariffItem.REMINDER_EARLIEST_DAYS_AFTER_DUE)) {
            compensationNote(run);
            run.fee(letter, run.value(TariffItem.REMINDER_FEE, letter.sent()), "paminnelseavgift");
        } else {
            run.noFee(letter, "paminnelseavgift");
        }
    }

    private static void collectionNotice(LetterRun run, Letter letter) {
        if (run.overdue(letter) && run.notYetCharged(LetterType.COLLECTION_NOTICE)) {
            compensationNote(run);
            run.fee(letter, run.value(TariffItem.COLLECTION_NOTICE_FEE, letter.sent()), "inkassokrav");
        } else {
            run.noFee(letter, "inkassokrav");
        }
    }

    /** 4 a §: a claimed förseningsersättning replaces these fees up to its amount. */
    private static void compensationNote(LetterRun run) {
        if (run.query().debtor() == DebtorType.BUSINESS) {
            run.step("charges.letter.seCompensationReplaces");
        }
    }
}
