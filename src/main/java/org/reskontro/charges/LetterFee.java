package org.reskontro.charges;

import java.time.LocalDate;
import org.reskontro.shared.Money;

/** The fee allowed for one letter (zero when none is allowed), and why. */
public record LetterFee(LetterType type, LocalDate sent, Money amount, Explanation explanation) {

    public boolean charged() {
        return amount.isPositive();
    }
}
