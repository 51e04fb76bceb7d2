package org.reskontro.charges;

import java.util.List;
import org.reskontro.shared.Money;

/** One fee per letter, in the letters' order, and their total. */
public record LetterFees(List<LetterFee> fees, Money total) {

    public LetterFees {
        fees = List.copyOf(fees);
    }
}
