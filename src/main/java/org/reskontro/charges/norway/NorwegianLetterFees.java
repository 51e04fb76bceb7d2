package org.reskontro.charges.norway;

import org.reskontro.charges.Letter;
import org.reskontro.charges.LetterFee;
import org.reskontro.charges.LetterType;
import org.reskontro.charges.TariffItem;
import org.reskontro.charges.rules.LetterFeeRules;
import org.reskontro.charges.rules.LetterRun;
import org.reskontro.shared.CountryCode;

/**
 * Inkassoforskriften §§ 1-2 and 1-3: a purring and an inkassovarsel each cost 1/20 of the inkassosats, and only
 * when sent at least 14 days after the due date; a betalingsoppfordring costs 3/20, and only after the debtor
 * missed a deadline of at least 14 days in a purring or inkassovarsel. For one claim, fees only for two purringer
 * + one betalingsoppfordring, or one purring + one inkassovarsel + one betalingsoppfordring; a second purring or
 * an inkassovarsel after a purring only once the first purring's 14-day deadline was missed. The fee is the one
 * in force on the day the letter is sent (§ 1-2 (4)).
 */
public final class NorwegianLetterFees implements LetterFeeRules {

    private static final LetterType[] REMINDER_KINDS = {LetterType.REMINDER, LetterType.COLLECTION_NOTICE};

    @Override
    public CountryCode country() {
        return CountryCode.NO;
    }

    @Override
    public void decide(LetterRun run, Letter letter) {
        switch (letter.type()) {
            case REMINDER -> reminderKind(run, letter, TariffItem.REMINDER_FEE, "purregebyr");
            case COLLECTION_NOTICE -> reminderKind(run, letter, TariffItem.COLLECTION_NOTICE_FEE, "inkassovarsel");
            case PAYMENT_DEMAND -> paymentDemand(run, letter);
        }
    }

    private static void reminderKind(LetterRun run, Letter letter, TariffItem fee, String rule) {
        boolean allowed = run.overdue(letter)
                && run.earliestAfterDue(letter, TariffItem.REMINDER_EARLIEST_DAYS_AFTER_DUE)
                && (letter.type() == LetterType.REMINDER || run.notYetCharged(LetterType.COLLECTION_NOTICE))
                && run.belowMax(TariffItem.REMINDER_FEE_MAX_COUNT, letter.sent(), REMINDER_KINDS)
                && afterMissedDeadline(run, letter, run.lastChargedOf(LetterType.REMINDER), false);
        if (allowed) {
            run.fee(letter, run.value(fee, letter.sent()), rule);
        } else {
            run.noFee(letter, rule);
        }
    }

    private static void paymentDemand(LetterRun run, Letter letter) {
        boolean allowed = run.overdue(letter)
                && run.notYetCharged(LetterType.PAYMENT_DEMAND)
                && afterMissedDeadline(run, letter, run.lastOf(REMINDER_KINDS), true);
        if (allowed) {
            run.fee(letter, run.value(TariffItem.PAYMENT_DEMAND_FEE, letter.sent()), "betalingsoppfordring");
        } else {
            run.noFee(letter, "betalingsoppfordring");
        }
    }

    /**
     * The deadline in an earlier letter is at least 14 days from its sending; it is missed once those days have
     * passed, so the next fee-bearing letter may be sent on day 15 at the earliest.
     */
    private static boolean afterMissedDeadline(LetterRun run, Letter letter, LetterFee earlier, boolean required) {
        var deadline = run.value(TariffItem.NOTICE_DEADLINE_DAYS, letter.sent());
        if (earlier == null) {
            if (required) {
                run.step("charges.letter.noEarlierNotice");
                run.statute(deadline.statute());
            }
            return !required;
        }
        if (LetterRun.daysBetween(earlier.sent(), letter.sent()) <= deadline.whole()) {
            run.step("charges.letter.deadlineNotMissed", deadline.whole(), earlier.sent());
            run.statute(deadline.statute());
            return false;
        }
        return true;
    }
}
