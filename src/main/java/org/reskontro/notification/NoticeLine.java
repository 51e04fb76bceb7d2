package org.reskontro.notification;

import java.time.LocalDate;
import java.util.Objects;
import org.reskontro.shared.Money;

/**
 * One invoice on a notice. {@code fee} and {@code interest} may be null (none); {@code interestExplanation} and
 * {@code note} are already in the letter's language and may be null. {@code note} is printed under the document
 * number: the debtor and what was sent so far on a creditor's outstanding list, for instance.
 */
public record NoticeLine(String documentNumber, LocalDate documentDate, LocalDate dueDate, Money open, Money fee,
                         Money interest, String interestExplanation, String note) {

    public NoticeLine {
        if (documentNumber == null || documentNumber.isBlank()) {
            throw new InvalidNoticeException("A line needs a document number");
        }
        Objects.requireNonNull(open, "open");
        requireSameCurrency(open, fee, "fee");
        requireSameCurrency(open, interest, "interest");
    }

    public NoticeLine(String documentNumber, LocalDate documentDate, LocalDate dueDate, Money open, Money fee,
                      Money interest, String interestExplanation) {
        this(documentNumber, documentDate, dueDate, open, fee, interest, interestExplanation, null);
    }

    /** Open amount plus fee plus interest. */
    public Money total() {
        Money total = open;
        if (fee != null) {
            total = total.plus(fee);
        }
        if (interest != null) {
            total = total.plus(interest);
        }
        return total;
    }

    private static void requireSameCurrency(Money open, Money other, String what) {
        if (other != null && !other.currency().equals(open.currency())) {
            throw new InvalidNoticeException("The " + what + " of a line is in " + other.currency()
                    + ", its open amount in " + open.currency());
        }
    }
}
