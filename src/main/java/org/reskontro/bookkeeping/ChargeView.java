package org.reskontro.bookkeeping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.reskontro.bookkeeping.spi.ChargeKind;
import org.reskontro.shared.Money;

/**
 * One fee or interest amount on one invoice and its way through the books: the booking that carries it (its outbox
 * status and the accounting system's id and number), a write-off with its reversal, and what payment monitoring last
 * saw paid and open. {@code explanation} is the charges module's JSON (rule, rate, days, source).
 */
public record ChargeView(UUID id, long seq, ChargeKind kind, UUID documentId, Long documentNumber,
        String debtorExternalId, LocalDate chargedOn, Money amount, UUID bookingId, String bookingStatus,
        String externalId, Long externalNumber, UUID reversalId, String reversalStatus, Instant writtenOffAt,
        String writtenOffBy, String writeOffReason, Money paid, Money open, String explanation) {

    public boolean writtenOff() {
        return writtenOffAt != null;
    }

    /** Where the charge stands, in one word for lists: QUEUED, BOOKED, PROPOSED, PAID, WRITTEN_OFF, REVERSED. */
    public String standing() {
        if (reversalId != null) {
            return "SENT".equals(reversalStatus) ? "REVERSED" : "WRITTEN_OFF";
        }
        if (!"SENT".equals(bookingStatus)) {
            return bookingStatus.equals("FAILED") ? "FAILED" : "QUEUED";
        }
        if (open != null && open.isZero()) {
            return "PAID";
        }
        return paid.isPositive() ? "PARTLY_PAID" : "BOOKED";
    }
}
