package org.reskontro.bookkeeping;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.reskontro.bookkeeping.persistence.OutboxRows;
import org.reskontro.platform.security.CurrentOperator;
import org.reskontro.shared.CreditorId;
import org.springframework.stereotype.Service;

/** The outbox as operators see and steer it: the queue, each row's history, and a forced re-send (S-SYNC-7). */
@Service
public class BookingOutbox {

    private final OutboxRows rows;
    private final Clock clock;

    BookingOutbox(OutboxRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    /** The newest rows first, or only those of one status in sending order. */
    public List<OutboxEntry> entries(CreditorId creditor, OutboxStatus status, int limit) {
        return rows.entries(creditor, status, limit);
    }

    public OutboxEntry entry(CreditorId creditor, UUID id) {
        return rows.entry(creditor, id).orElseThrow(() -> new NoSuchOutboxEntryException(id));
    }

    public Map<OutboxStatus, Integer> counts(CreditorId creditor) {
        return rows.counts(creditor);
    }

    public List<OutboxEvent> history(CreditorId creditor, UUID id) {
        entry(creditor, id);
        return rows.events(creditor, id);
    }

    /**
     * Sends one row again at the next drain, whatever its state (the seeds' forced re-send). The same idempotency key
     * goes with it, so a document the accounting system already holds is found, not made twice.
     */
    public OutboxEntry resend(CreditorId creditor, UUID id) {
        Instant now = clock.instant();
        if (!rows.requeue(creditor, id, now)) {
            throw new NoSuchOutboxEntryException(id);
        }
        rows.event(creditor, id, now, "RESEND", "re-send requested", CurrentOperator.get().username());
        return entry(creditor, id);
    }
}
