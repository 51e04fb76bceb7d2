package org.reskontro.dunning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.reskontro.charges.Charges;
import org.reskontro.charges.ChargesInputException;
import org.reskontro.charges.DebtorType;
import org.reskontro.charges.Explanation;
import org.reskontro.charges.Letter;
import org.reskontro.charges.LetterFee;
import org.reskontro.charges.LetterFeeQuery;
import org.reskontro.charges.LetterType;
import org.reskontro.dunning.domain.ClaimSnapshot;
import org.reskontro.dunning.domain.DunningPolicy;
import org.reskontro.dunning.domain.DunningStep;
import org.reskontro.dunning.domain.IssuedStep;
import org.reskontro.dunning.domain.StepType;
import org.reskontro.shared.CountryCode;
import org.reskontro.shared.Money;
import org.springframework.stereotype.Component;

/**
 * The fee and the interest a step carries, always asked from {@code charges}, so never above the legal cap (I6).
 * The fee question replays the claim's earlier letters, because counts, spacing and missed deadlines decide it.
 * When the tables cannot answer (a date they do not cover), the step carries nothing and says why.
 */
@Component
class StepCharges {

    /** An amount with its explanation (or the reason there is none). */
    record Charged(Money amount, Explanation explanation) {
    }

    private final Charges charges;

    StepCharges(Charges charges) {
        this.charges = charges;
    }

    Charged fee(DunningPolicy policy, DunningStep step, ClaimSnapshot claim, DebtorType debtor, LocalDate today) {
        Money zero = Money.zero(claim.open().currency());
        LetterType type = letterType(step.type());
        if (!step.chargeFee() || type == null) {
            return new Charged(zero, null);
        }
        if (claim.restricted(org.reskontro.shared.FollowUpRestriction.NO_LATE_FEES)) {
            return new Charged(zero, restricted(policy.country(), "dunning.charges.erpNoFees"));
        }
        List<Letter> letters = new ArrayList<>();
        for (IssuedStep earlier : claim.issued()) {
            LetterType kind = letterType(earlier.type());
            if (kind != null) {
                letters.add(new Letter(kind, earlier.issuedOn()));
            }
        }
        letters.add(new Letter(type, today));
        try {
            List<LetterFee> fees = charges.letterFees(new LetterFeeQuery(policy.country(), debtor, claim.dueDate(),
                    claim.open(), policy.reminderFeeAgreed(), letters)).fees();
            LetterFee fee = fees.getLast();
            return new Charged(fee.amount(), fee.explanation());
        } catch (ChargesInputException e) {
            return new Charged(zero, unavailable(policy.country(), e));
        }
    }

    Charged interest(DunningPolicy policy, DunningStep step, ClaimSnapshot claim, DebtorType debtor, LocalDate today) {
        Money zero = Money.zero(claim.open().currency());
        if (!step.chargeInterest() || !today.isAfter(claim.dueDate())) {
            return new Charged(zero, null);
        }
        if (claim.restricted(org.reskontro.shared.FollowUpRestriction.NO_INTEREST)) {
            return new Charged(zero, restricted(policy.country(), "dunning.charges.erpNoInterest"));
        }
        try {
            var interest = charges.interest(policy.country(), debtor, claim.open(), claim.dueDate(), today);
            return new Charged(interest.amount(), interest.explanation());
        } catch (ChargesInputException e) {
            return new Charged(zero, unavailable(policy.country(), e));
        }
    }

    /** Which of the law's letter kinds a step is; friendly notices are none. */
    static LetterType letterType(StepType step) {
        return switch (step) {
            case PRE_DUE_NOTICE, REMINDER -> null;
            case DUNNING_LETTER -> LetterType.REMINDER;
            case COLLECTION_NOTICE -> LetterType.COLLECTION_NOTICE;
            case COLLECTION_HANDOVER -> LetterType.PAYMENT_DEMAND;
        };
    }

    private static Explanation restricted(CountryCode country, String key) {
        return new Explanation(country + ".restricted", "", List.of(Explanation.Step.of(key)));
    }

    private static Explanation unavailable(CountryCode country, ChargesInputException e) {
        return new Explanation(country + ".unavailable", "", List.of(Explanation.Step.of("dunning.charges.unavailable",
                e.getMessage())));
    }
}
