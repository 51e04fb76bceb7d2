package org.reskontro.charges;

import java.time.LocalDate;
import java.util.List;
import org.reskontro.shared.CountryCode;
import org.reskontro.shared.Money;

/**
 * Which fees may be charged for a sequence of letters about one claim.
 *
 * @param reminderFeeAgreed whether the debtor agreed to a reminder fee when the debt arose (needed in Sweden)
 * @param letters in the order they were sent
 */
public record LetterFeeQuery(CountryCode country, DebtorType debtor, LocalDate dueDate, Money principal,
                             boolean reminderFeeAgreed, List<Letter> letters) {

    public LetterFeeQuery {
        letters = List.copyOf(letters);
        if (principal.amount().signum() < 0) {
            throw new ChargesInputException("The principal must not be negative (got " + principal + ")");
        }
        for (int i = 1; i < letters.size(); i++) {
            if (letters.get(i).sent().isBefore(letters.get(i - 1).sent())) {
                throw new ChargesInputException("Letters must be listed in the order they were sent: letter " + (i + 1)
                        + " (" + letters.get(i).sent() + ") is dated before letter " + i + " ("
                        + letters.get(i - 1).sent() + ")");
            }
        }
    }
}
