package org.reskontro.charges.rules;

import org.reskontro.charges.Letter;
import org.reskontro.charges.LetterFeeQuery;
import org.reskontro.charges.LetterFees;
import org.reskontro.shared.CountryCode;

/**
 * One country's rules for the fees of reminders, collection notices and payment demands: the claim's letters are
 * walked in the order they were sent, and each is decided knowing what was sent and charged before it.
 */
public interface LetterFeeRules {

    CountryCode country();

    /** Decides one letter: records its fee (or none, with the reason) on the run. */
    void decide(LetterRun run, Letter letter);

    default LetterFees fees(Tariffs tariffs, LetterFeeQuery query) {
        LetterRun run = new LetterRun(tariffs, query);
        for (Letter letter : query.letters()) {
            decide(run, letter);
        }
        return run.result();
    }
}
