package org.reskontro.bookkeeping;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.reskontro.bookkeeping.persistence.ChargeRows;
import org.reskontro.bookkeeping.persistence.OutboxRows;
import org.reskontro.bookkeeping.spi.BookingLine;
import org.reskontro.bookkeeping.spi.ChargeInvoice;
import org.reskontro.bookkeeping.spi.ChargeKind;
import org.reskontro.bookkeeping.outbox.BookingPayloads;
import org.reskontro.creditors.Creditor;
import org.reskontro.dunning.ChargedStep;
import org.reskontro.dunning.ChargedSteps;
import org.reskontro.ledger.ChargeDocuments;
import org.reskontro.ledger.MirroredDocument;
import org.reskontro.shared.Money;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns what dunning charged into bookings: one fee invoice per charged fee, one interest note per charged interest,
 * each queued in the outbox in the same transaction that records the charge, so a charge is queued exactly once
 * however often this runs (the charge's unique step-and-kind key) and nothing queued is lost.
 */
@Component
class FeePosting {

    /**
     * How far back charged steps are read each time. A letter that went out later than this after its step was
     * issued is not booked automatically; dunning sends letters within the day, so this is ample.
     */
    static final int LOOK_BACK_DAYS = 45;

    private final ChargedSteps chargedSteps;
    private final ChargeDocuments documents;
    private final ChargeRows charges;
    private final OutboxRows outbox;
    private final ChargeTexts texts;
    private final WriteOffs writeOffs;
    private final Clock clock;

    FeePosting(ChargedSteps chargedSteps, ChargeDocuments documents, ChargeRows charges, OutboxRows outbox,
               ChargeTexts texts, WriteOffs writeOffs, Clock clock) {
        this.writeOffs = writeOffs;
        this.chargedSteps = chargedSteps;
        this.documents = documents;
        this.charges = charges;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
    }

    /** How many bookings a posting queued, and when it started (the interest-note list covers what was sent since). */
    record Queued(int count, Instant at) {
    }

    /**
     * Queues a booking for every charge not queued yet, and a reversal of every charge still standing on an invoice
     * handed over to collection (S-FEE-7: the collection case claims its own costs).
     */
    @Transactional
    Queued queueNewCharges(Creditor creditor, BookkeepingSettings settings) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, creditor.timeZone());
        List<ChargedStep> steps = chargedSteps.sentSince(creditor.id(), today.minusDays(LOOK_BACK_DAYS));
        int queued = 0;
        for (ChargedStep step : steps) {
            Optional<MirroredDocument> invoice = documents.document(creditor.id(), step.documentId());
            if (invoice.isEmpty()) {
                continue; // the mirror always keeps a transferred document (I3); nothing to link to otherwise
            }
            if (step.fee().isPositive()) {
                queued += queue(creditor, settings, step, invoice.get(), ChargeKind.FEE, step.fee(),
                        step.feeExplanation(), today, now);
            }
            if (step.interest().isPositive()) {
                queued += queue(creditor, settings, step, invoice.get(), ChargeKind.INTEREST, step.interest(),
                        step.interestExplanation(), today, now);
            }
        }
        for (UUID handedOver : chargedSteps.handedOverSince(creditor.id(), today.minusDays(LOOK_BACK_DAYS))) {
            for (UUID charge : charges.standing(creditor.id(), handedOver)) {
                writeOffs.writeOff(creditor, charge, WriteOffs.SYSTEM, WriteOffs.COLLECTION_OPENED);
                queued++;
            }
        }
        return new Queued(queued, now);
    }

    private int queue(Creditor creditor, BookkeepingSettings settings, ChargedStep step, MirroredDocument invoice,
                      ChargeKind kind, Money amount, String explanation, LocalDate today, Instant now) {
        UUID booking = UUID.randomUUID();
        Optional<Long> seq = charges.insert(creditor.id(), new ChargeRows.NewCharge(UUID.randomUUID(), step.stepId(),
                kind, step.documentId(), step.documentNumber(), step.debtorExternalId(), step.issuedOn(), amount.rounded(),
                explanation, booking), now);
        if (seq.isEmpty()) {
            return 0; // queued by an earlier run
        }
        String text = texts.text(settings, creditor.country(), kind, step.debtorExternalId(), step.documentNumber(),
                seq.get());
        String account = kind == ChargeKind.FEE ? settings.feeAccount() : settings.interestAccount();
        ChargeInvoice document = new ChargeInvoice(booking, settings.mode(), kind, step.debtorExternalId(),
                invoice.externalId(), invoice.number(), today, today.plusDays(settings.paymentDays()), text,
                ChargeTexts.languageTag(creditor.country()),
                List.of(new BookingLine(texts.line(creditor.country(), kind), amount.rounded(), account)));
        outbox.enqueue(creditor.id(), booking, BookingPayloads.kindOf(document), BookingPayloads.write(document),
                text + " · " + amount.rounded(), null, now);
        return 1;
    }
}
