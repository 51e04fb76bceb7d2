package org.reskontro.dunning.domain;

import java.util.List;
import java.util.UUID;
import org.reskontro.shared.CountryCode;
import org.reskontro.shared.Money;

/**
 * The policies a new creditor starts with, per country, shaped by the law (fees only where and when allowed; the
 * charges tables still decide every amount) and by what Nordic peers ship. A creditor edits its own copy.
 */
public final class StandardPolicies {

    private StandardPolicies() {
    }

    public static DunningPolicy forCountry(CountryCode country, UUID id) {
        return switch (country) {
            // Renteloven § 9 b: up to three fee-bearing rykkere at least ten days apart; the third is the påkrav of
            // inkassoloven § 10 with a ten-day deadline; then collection.
            case DK -> new DunningPolicy(id, 1, "Standard (DK)", country, Money.of("50.00", "DKK"), false, List.of(
                    step(StepType.DUNNING_LETTER, 3, DelayFrom.DUE_DATE, 10, true, 0),
                    step(StepType.DUNNING_LETTER, 1, DelayFrom.PREVIOUS_DEADLINE, 10, true, 0),
                    step(StepType.COLLECTION_NOTICE, 1, DelayFrom.PREVIOUS_DEADLINE, 10, true, 0),
                    handover()));
            // Issue 5's default: a reminder 5 days after due and every 5 days; the purring at 14 days (inkassoforskriften
            // § 1-2: fee from day 14) with 14 days to pay; the inkassovarsel (inkassoloven § 9) after that deadline.
            case NO -> new DunningPolicy(id, 1, "Standard (NO)", country, Money.of("50.00", "NOK"), false, List.of(
                    new DunningStep(StepType.REMINDER, 5, DelayFrom.DUE_DATE, 7, Channel.EMAIL, false, false, false,
                            false, 5, 0),
                    step(StepType.DUNNING_LETTER, 14, DelayFrom.DUE_DATE, 14, true, 0),
                    step(StepType.COLLECTION_NOTICE, 1, DelayFrom.PREVIOUS_DEADLINE, 14, true, 0),
                    handover()));
            // Lag (1981:739): a påminnelse (fee only if agreed), then an inkassokrav with at least eight days.
            case SE -> new DunningPolicy(id, 1, "Standard (SE)", country, Money.of("50.00", "SEK"), false, List.of(
                    step(StepType.DUNNING_LETTER, 5, DelayFrom.DUE_DATE, 10, true, 0),
                    step(StepType.COLLECTION_NOTICE, 1, DelayFrom.PREVIOUS_DEADLINE, 10, true, 0),
                    handover()));
            // Perintälaki 10 a §: the first fee-bearing maksumuistutus 14 days after due, the next 14 days later; then a
            // maksuvaatimus at least 14 days after the previous letter.
            case FI -> new DunningPolicy(id, 1, "Standard (FI)", country, Money.of("5.00", "EUR"), false, List.of(
                    step(StepType.DUNNING_LETTER, 14, DelayFrom.DUE_DATE, 14, true, 0),
                    step(StepType.DUNNING_LETTER, 1, DelayFrom.PREVIOUS_DEADLINE, 14, true, 0),
                    step(StepType.COLLECTION_NOTICE, 1, DelayFrom.PREVIOUS_DEADLINE, 14, true, 0),
                    handover()));
        };
    }

    private static DunningStep step(StepType type, int delay, DelayFrom from, int deadline, boolean charges,
                                    int repeatEvery) {
        return new DunningStep(type, delay, from, deadline, Channel.EMAIL, charges, charges, false,
                type == StepType.DUNNING_LETTER, repeatEvery, 0);
    }

    private static DunningStep handover() {
        return new DunningStep(StepType.COLLECTION_HANDOVER, 1, DelayFrom.PREVIOUS_DEADLINE, 0, Channel.LETTER, false,
                false, true, true, 0, 0);
    }
}
