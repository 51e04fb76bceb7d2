package org.reskontro.bookkeeping.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.reskontro.bookkeeping.DrainResult;
import org.reskontro.bookkeeping.persistence.OutboxRows;
import org.reskontro.bookkeeping.spi.BookedDocument;
import org.reskontro.bookkeeping.spi.BookkeepingTarget;
import org.reskontro.bookkeeping.spi.Booking;
import org.reskontro.bookkeeping.spi.ChargeCreditNote;
import org.reskontro.bookkeeping.spi.ChargeInvoice;
import org.reskontro.ledger.ChargeDocuments;
import org.reskontro.ledger.spi.AccountingSystemException;
import org.reskontro.shared.CreditorId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a creditor's outbox in order, one row per transaction. The row stays locked while its request is out, so a
 * second node waits and then finds it sent; if the process dies mid-request the transaction rolls back, the row is
 * still pending, and the next attempt asks the connector again with the same key, which finds the document the
 * lost attempt made instead of making another (I2). A transient failure stops the drain until the retry time
 * (Retry-After when the system gave one, else back-off by attempt); a refusal marks the row failed for a person and
 * the drain goes on with rows that do not depend on it.
 */
@Component
public class OutboxSender {

    /** Rows one drain sends at most, so one creditor's backlog cannot hold a cycle for ever. */
    static final int MAX_PER_DRAIN = 10_000;

    /** How a queued credit note names a document that is not sent yet: {@code booking:<outbox id>}. */
    public static final String BOOKING_REFERENCE = "booking:";

    private final OutboxRows rows;
    private final BookkeepingTargets targets;
    private final ChargeDocuments chargeDocuments;
    private final CrashPoints crashPoints;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OutboxSender(OutboxRows rows, BookkeepingTargets targets, ChargeDocuments chargeDocuments, CrashPoints crashPoints,
                 TransactionTemplate transactions, Clock clock) {
        this.rows = rows;
        this.targets = targets;
        this.chargeDocuments = chargeDocuments;
        this.crashPoints = crashPoints;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Whether a row may be sent now (a cheap check before opening a session on the accounting system). */
    public boolean hasDue(CreditorId creditor) {
        return rows.hasDue(creditor, clock.instant());
    }

    public DrainResult drain(CreditorId creditor) {
        BookkeepingTarget target;
        try {
            target = targets.open(creditor);
        } catch (AccountingSystemException e) {
            return DrainResult.nothing(e.getMessage());
        }
        int sent = 0;
        int failed = 0;
        for (int i = 0; i < MAX_PER_DRAIN; i++) {
            Outcome outcome = transactions.execute(status -> sendNext(creditor, target));
            switch (outcome) {
                case SENT -> sent++;
                case FAILED -> failed++;
                case WAITING -> {
                    return new DrainResult(sent, 1, failed, "the accounting system asked to wait; the rest follows in order");
                }
                case NOT_DUE -> {
                    return new DrainResult(sent, 0, failed, "the next row waits for its retry time");
                }
                case EMPTY -> {
                    return new DrainResult(sent, 0, failed, "nothing left to send");
                }
            }
        }
        return new DrainResult(sent, 0, failed, "sent the most one drain sends; the next cycle goes on");
    }

    private enum Outcome { SENT, WAITING, FAILED, NOT_DUE, EMPTY }

    private Outcome sendNext(CreditorId creditor, BookkeepingTarget target) {
        Optional<OutboxRows.Due> next = rows.lockNext(creditor);
        if (next.isEmpty()) {
            return Outcome.EMPTY;
        }
        OutboxRows.Due due = next.get();
        Instant now = clock.instant();
        if (!due.dueAt(now)) {
            return Outcome.NOT_DUE;
        }
        Booking booking = resolved(creditor, BookingPayloads.read(due.kind(), due.payload()));
        try {
            crashPoints.reached(CrashPoints.Point.BEFORE_SEND);
            BookedDocument document = target.book(booking);
            crashPoints.reached(CrashPoints.Point.AFTER_SEND);
            rows.markSent(creditor, due.id(), document.externalId(), document.number(), document.state().name(), now);
            rows.event(creditor, due.id(), now, "SENT", describe(document), null);
            if (booking instanceof ChargeInvoice invoice) {
                chargeDocuments.link(creditor, document.externalId(), invoice.chargedDocumentExternalId(),
                        ChargeDocuments.Kind.valueOf(invoice.kind().name()));
            }
            crashPoints.reached(CrashPoints.Point.BEFORE_COMMIT);
            return Outcome.SENT;
        } catch (AccountingSystemException e) {
            if (e.transientFailure()) {
                Duration wait = e.retryAfter().orElse(backOff(due.attempts() + 1));
                rows.markWaiting(creditor, due.id(), e.getMessage(), e.category().name(), now.plus(wait));
                rows.event(creditor, due.id(), now, "WAITING", e.getMessage() + " (next attempt in " + wait.toSeconds()
                        + " s)", null);
                return Outcome.WAITING;
            }
            rows.markFailed(creditor, due.id(), e.getMessage(), e.category().name());
            rows.event(creditor, due.id(), now, "FAILED", e.getMessage(), null);
            return Outcome.FAILED;
        }
    }

    /**
     * A credit note queued before the document it reverses was sent names that document by its booking; by now the
     * dependency is sent (the row would not be due otherwise), so its id in the accounting system is known.
     */
    private Booking resolved(CreditorId creditor, Booking booking) {
        if (booking instanceof ChargeCreditNote note && note.creditedDocumentExternalId().startsWith(BOOKING_REFERENCE)) {
            UUID original = UUID.fromString(note.creditedDocumentExternalId().substring(BOOKING_REFERENCE.length()));
            String externalId = rows.externalId(creditor, original).orElseThrow(() -> new IllegalStateException(
                    "The credit note's document " + original + " is not sent"));
            return new ChargeCreditNote(note.key(), note.mode(), note.customerExternalId(), externalId, note.date(),
                    note.text(), note.language(), note.lines());
        }
        return booking;
    }

    /**
     * Between drains, not within one request: 30 s, 1 min, 2 min, … capped at an hour, so an outage of a day costs a
     * few dozen attempts, and recovery is noticed within the hour (and at the next cycle, which drains anyway).
     */
    static Duration backOff(int attempt) {
        Duration wait = Duration.ofSeconds(30L << Math.min(attempt - 1, 7));
        return wait.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : wait;
    }

    private static String describe(BookedDocument document) {
        return (document.state() == BookedDocument.State.PROPOSED ? "proposed for approval as " : "booked as ")
                + document.externalId() + (document.number() == null ? "" : " no. " + document.number());
    }
}
