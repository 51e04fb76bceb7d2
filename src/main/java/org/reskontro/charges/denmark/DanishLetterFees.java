package org.reskontro.charges.denmark;

import org.reskontro.charges.Letter;
import org.reskontro.charges.LetterType;
import org.reskontro.charges.TariffItem;
import org.reskontro.charges.rules.LetterFeeRules;
import org.reskontro.charges.rules.LetterRun;
import org.reskontro.shared.CountryCode;

/**
 * Rykkergebyr under renteloven § 9 b stk. 1–2: a fee per reminder sent after the due date, at most three for the
 * same claim, each at least ten days after the previous reminder. A collection notice (påkravsskrivelse under
 * inkassoloven § 10) is such a reminder too and counts towards the three. A payment demand here is the
 * hand-over to collection: the inkassogebyr of § 9 b stk. 3, once per claim, only after a reminder's deadline
 * (inkassoloven § 10: at least ten days) has passed.
 */
public final class DanishLetterFees implements LetterFeeRules {

    private static final LetterType[] REMINDERS = {LetterType.REMINDER, LetterType.COLLECTION_NOTICE};

    @Override
    public CountryCode country() {
        return CountryCode.DK;
    }

    @Override
    public void decide(LetterRun run, Letter letter) {
        if (letter.type() == LetterType.PAYMENT_DEMAND) {
            handOver(run, letter);
        } else {
            reminder(run, letter);
        }
    }

    private static void reminder(LetterRun run, Letter letter) {
        boolean allowed = run.overdue(letter)
                && run.earliestAfterDue(letter, TariffItem.REMINDER_EARLIEST_DAYS_AFTER_DUE)
                && run.spacedFrom(letter, TariffItem.REMINDER_MIN_SPACING_DAYS, REMINDERS)
                && run.belowMax(TariffItem.REMINDER_FEE_MAX_COUNT, letter.sent(), REMINDERS);
        if (allowed) {
            run.fee(letter, run.value(TariffItem.REMINDER_FEE, letter.sent()), "rykkergebyr");
        } else {
            run.noFee(letter, "rykkergebyr");
        }
    }

    private static void handOver(LetterRun run, Letter letter) {
        if (!run.overdue(letter) || !run.notYetCharged(letter.type())) {
            run.noFee(letter, "inkassogebyr");
            return;
        }
        var notice = run.lastOf(REMINDERS);
        int deadline = run.value(TariffItem.NOTICE_DEADLINE_DAYS, letter.sent()).whole();
        if (notice == null) {
            run.step("charges.letter.noEarlierNotice");
            run.statute(run.value(TariffItem.NOTICE_DEADLINE_DAYS, letter.sent()).statute());
            run.noFee(letter, "inkassogebyr");
        } else if (LetterRun.daysBetween(notice.sent(), letter.sent()) <= deadline) {
            run.step("charges.letter.deadlineNotMissed", deadline, notice.sent());
            run.statute(run.value(TariffItem.NOTICE_DEADLINE_DAYS, letter.sent()).statute());
            run.noFee(letter, "inkassogebyr");
        } else {
            run.fee(letter, run.value(TariffItem.PAYMENT_DEMAND_FEE, letter.sent()), "inkassogebyr");
        }
    }
}
