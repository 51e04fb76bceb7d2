package org.reskontro.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.reskontro.ledger.persistence.LedgerQueries;
import org.reskontro.ledger.persistence.SyncRunRows;
import org.reskontro.ledger.reconciliation.ReconciliationRows;
import org.reskontro.ledger.sync.ChangeFeed;
import org.reskontro.ledger.sync.Synchroniser;
import org.reskontro.shared.CreditorId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The ledger mirror's use cases: queue and run syncs, and read what is open. */
@Service
public class Ledger {

    private final SyncRunRows runs;
    private final Synchroniser synchroniser;
    private final ChangeFeed changeFeed;
    private final LedgerQueries queries;
    private final ReconciliationRows reconciliations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Ledger(SyncRunRows runs, Synchroniser synchroniser, ChangeFeed changeFeed,
            LedgerQueries queries, ReconciliationRows reconciliations,
            ApplicationEventPublisher events, Clock clock) {
        this.runs = runs;
        this.synchroniser = synchroniser;
        this.changeFeed = changeFeed;
        this.queries = queries;
        this.reconciliations = reconciliations;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Queues a sync, or returns the one already queued or running for this creditor. It reads only what changed
     * since the last sync, unless no sync has succeeded yet or the last full sweep is older than the configured
     * interval: then it sweeps everything.
     */
    public SyncRunId queueSync(CreditorId creditor, String trigger) {
        return runs.queue(creditor, trigger, false, clock.instant());
    }

    /** Queues a full sweep: every document is listed and compared, whatever the cursor says. */
    public SyncRunId queueFullSweep(CreditorId creditor, String trigger) {
        return runs.queue(creditor, trigger, true, clock.instant());
    }

    /** The reconciliation report of one sync run, or of the latest one when {@code run} is null. */
    public Optional<ReconciliationReport> reconciliation(CreditorId creditor, SyncRunId run) {
        return (run == null ? reconciliations.latestRun(creditor) : Optional.of(run))
                .flatMap(id -> reconciliations.report(creditor, id));
    }

    /**
     * How many documents changed in the accounting system since the last sync and are not mirrored yet: a cheap look
     * at its change feed, so a new invoice or payment can be mirrored within a minute (S-SYNC-6).
     */
    public int pendingChanges(CreditorId creditor) {
        return changeFeed.pendingChanges(creditor);
    }

    /** Runs a queued sync to its end; called by the scheduler on whichever node picked the task. */
    public void runSync(CreditorId creditor, SyncRunId run) {
        synchroniser.run(creditor, run);
    }

    public Optional<SyncRun> syncRun(CreditorId creditor, SyncRunId run) {
        return runs.find(creditor, run);
    }

    public List<SyncRun> recentSyncs(CreditorId creditor, int limit) {
        return runs.recent(creditor, limit);
    }

    public List<OpenItem> openItems(CreditorId creditor, String debtorExternalId, int limit) {
        return queries.openItems(creditor, debtorExternalId, limit);
    }

    public List<DebtorBalance> debtorBalances(CreditorId creditor, ZoneId zone, int limit) {
        return queries.debtorBalances(creditor, today(zone), limit);
    }

    /**
     * Switches follow-up on or off for one debtor (S-SYNC-10); its documents stay mirrored either way. Returns false
     * when the creditor has no such debtor.
     */
    @Transactional
    public boolean setFollowUp(CreditorId creditor, String debtorExternalId, boolean followUp) {
        boolean changed = queries.setFollowUp(creditor, debtorExternalId, followUp);
        if (changed) {
            events.publishEvent(new FollowUpSwitched(creditor, debtorExternalId, followUp));
        }
        return changed;
    }

    public AgingReport aging(CreditorId creditor, ZoneId zone) {
        return queries.aging(creditor, today(zone));
    }

    private LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
