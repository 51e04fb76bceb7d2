package org.reskontro.bookkeeping.spi;

import java.util.Objects;
import org.reskontro.shared.Money;

/**
 * One line of a charge document: its text, its amount (positive, without VAT: fees and interest are outside VAT in
 * the Nordic countries) and the creditor's revenue account it is booked on.
 */
public record BookingLine(String text, Money amount, String account) {

    public BookingLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A booking line is positive: " + amount);
        }
    }
}
