package org.reskontro.ledger.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.reskontro.ledger.LedgerSynchronised;
import org.reskontro.ledger.SyncRunId;
import org.reskontro.ledger.persistence.MirrorWriter;
import org.reskontro.ledger.persistence.SyncCursors;
import org.reskontro.ledger.persistence.SyncCursors.SyncCursor;
import org.reskontro.ledger.reconciliation.Reconciler;
import org.reskontro.shared.CreditorId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The write half of a sync, one transaction: the staged run applied to the mirror, the reconciliation report,
 * the cursor and the event. A failure anywhere rolls all of it back.
 */
@Component
public class SyncCommit {

    private final MirrorWriter writer;
    private final Reconciler reconciler;
    private final SyncCursors cursors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SyncCommit(MirrorWriter writer, Reconciler reconciler, SyncCursors cursors, ApplicationEventPublisher events,
            Clock clock) {
        this.writer = writer;
        this.reconciler = reconciler;
        this.cursors = cursors;
        this.events = events;
        this.clock = clock;
    }

    Optional<SyncCursor> cursor(CreditorId creditor) {
        return cursors.find(creditor);
    }

    /** Returns the number of changes applied. */
    @Transactional
    public int apply(CreditorId creditor, SyncRunId run, boolean fullSweep, Instant nextCursor, Instant startedAt) {
        int count = writer.apply(creditor, run, clock.instant());
        reconciler.reconcile(creditor, run, fullSweep, clock.instant());
        cursors.advance(creditor, run, nextCursor, fullSweep ? startedAt : null);
        events.publishEvent(new LedgerSynchronised(creditor, run, count));
        return count;
    }
}
