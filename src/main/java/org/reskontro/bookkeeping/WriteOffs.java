package org.reskontro.bookkeeping;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.reskontro.bookkeeping.outbox.BookingPayloads;
import org.reskontro.bookkeeping.persistence.ChargeRows;
import org.reskontro.bookkeeping.persistence.OutboxRows;
import org.reskontro.bookkeeping.spi.BookingLine;
import org.reskontro.bookkeeping.spi.ChargeCreditNote;
import org.reskontro.bookkeeping.spi.ChargeInvoice;
import org.reskontro.creditors.Creditor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing off a fee or interest (S-FEE-4): nothing booked is edited or deleted (S-SYNC-8), so the write-off queues a
 * credit note against the charge's document, sent after that document in the outbox's order (it depends on it). A
 * charge is written off once; a charge not written off stays claimed, whatever happens to the invoice (S-FEE-5).
 */
@Component
class WriteOffs {

    /** Who wrote a charge off when Reskontro did it by rule. */
    static final String SYSTEM = "reskontro";
    /** The reason recorded when a collection case opens (S-FEE-7). */
    static final String COLLECTION_OPENED = "Handed over to debt collection: the fees and interest of the dunning are reversed";

    private final ChargeRows charges;
    private final OutboxRows outbox;
    private final ChargeTexts texts;
    private final Clock clock;

    WriteOffs(ChargeRows charges, OutboxRows outbox, ChargeTexts texts, Clock clock) {
        this.charges = charges;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
    }

    @Transactional
    ChargeView writeOff(Creditor creditor, UUID chargeId, String by, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidBookkeepingException("Say why the charge is written off; the reason is kept with it");
        }
        ChargeView charge = charges.lock(creditor.id(), chargeId)
                .orElseThrow(() -> new NoSuchChargeException(chargeId));
        if (charge.writtenOff()) {
            throw new InvalidBookkeepingException("Charge " + charge.seq() + " was written off on " + charge.writtenOffAt()
                    + " by " + charge.writtenOffBy());
        }
        Instant now = clock.instant();
        ChargeInvoice original = (ChargeInvoice) BookingPayloads.read(
                charge.kind() == org.reskontro.bookkeeping.spi.ChargeKind.FEE ? OutboxKind.FEE_INVOICE
                        : OutboxKind.INTEREST_NOTE, payload(creditor, charge));
        UUID reversal = UUID.randomUUID();
        String text = texts.reversal(creditor.country(), original.text());
        ChargeCreditNote note = new ChargeCreditNote(reversal, original.mode(), original.customerExternalId(),
                org.reskontro.bookkeeping.outbox.OutboxSender.BOOKING_REFERENCE + charge.bookingId(), LocalDate.ofInstant(now, creditor.timeZone()), text, original.language(),
                List.of(new BookingLine(text, charge.amount(), original.lines().getFirst().account())));
        outbox.enqueue(creditor.id(), reversal, OutboxKind.CREDIT_NOTE, BookingPayloads.write(note),
                text + " · " + charge.amount(), charge.bookingId(), now);
        charges.writeOff(creditor.id(), chargeId, reversal, by, reason.strip(), now);
        return charges.charge(creditor.id(), chargeId).orElseThrow();
    }

    private String payload(Creditor creditor, ChargeView charge) {
        return outbox.payload(creditor.id(), charge.bookingId());
    }
}
