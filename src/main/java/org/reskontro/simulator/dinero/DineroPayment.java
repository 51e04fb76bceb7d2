package org.reskontro.simulator.dinero;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A payment registered on a booked voucher, in the voucher's currency; on a credit note, a refund or an offset.
 * {@code externalReference} is what the client stated (null if none); the deposit account is where the money went.
 * {@code deletedAt} is null while the payment stands; once deleted the voucher keeps it only for its books, which are
 * append-only (the payment's entries stay and reversing entries follow, see {@link LedgerEntries}).
 */
public record DineroPayment(UUID guid, LocalDate date, BigDecimal amount, String description, Instant registeredAt,
        String externalReference, int depositAccountNumber, Instant deletedAt) {

    public boolean deleted() {
        return deletedAt != null;
    }

    DineroPayment deletedAt(Instant at) {
        return new DineroPayment(guid, date, amount, description, registeredAt, externalReference,
                depositAccountNumber, at);
    }
}
