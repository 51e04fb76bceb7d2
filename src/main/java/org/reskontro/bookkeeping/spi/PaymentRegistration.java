package org.reskontro.bookkeeping.spi;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.reskontro.shared.Money;

/**
 * A payment Reskontro learned of (a bank file, a collection settlement) registered on one document in the accounting
 * system, into the creditor's deposit account. Payments are always booked directly; a negative amount reverses an
 * earlier one (S-SYNC-8: a correction is a new, negative payment).
 */
public record PaymentRegistration(UUID key, String documentExternalId, LocalDate date, Money amount,
        String depositAccount, String description) implements Booking {

    public PaymentRegistration {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(documentExternalId, "documentExternalId");
        if (amount.isZero()) {
            throw new IllegalArgumentException("A payment is not zero");
        }
    }

    @Override
    public BookingMode mode() {
        return BookingMode.DIRECT;
    }
}
