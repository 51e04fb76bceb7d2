package org.reskontro.charges.rules;

import org.reskontro.charges.LetterFees;
import org.reskontro.charges.LetterFeeQuery;
import org.reskontro.shared.CountryCode;

/** One country's rules for the fees of reminders, collection notices and payment demands. */
public interface LetterFeeRules {

    CountryCode country();

    LetterFees fees(Tariffs tariffs, LetterFeeQuery query);
}
