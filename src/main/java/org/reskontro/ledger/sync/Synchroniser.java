package org.reskontro.ledger.sync;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.ledger.SyncRunId;
import org.reskontro.ledger.persistence.MirrorReads;
import org.reskontro.ledger.persistence.SyncCursors.SyncCursor;
import org.reskontro.ledger.persistence.SyncRunRows;
import org.reskontro.ledger.spi.AccountingSystemException;
import org.reskontro.ledger.spi.LedgerSource;
import org.reskontro.shared.CreditorId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs one sync: reads the accounting system (a full sweep, or a delta from the cursor), applies what changed,
 * writes the reconciliation report and moves the cursor, all in one transaction. On any failure the mirror, the
 * report and the cursor keep their last good state and the run records why.
 */
@Component
public class Synchroniser {

    private static final Logger log = LoggerFactory.getLogger(Synchroniser.class);

    private final Creditors creditors;
    private final LedgerSources sources;
    private final SyncRunRows runs;
    private final MirrorReads reads;
    private final SyncCommit commit;
    private final SyncPolicy policy;
    private final Clock clock;

    Synchroniser(Creditors creditors, LedgerSources sources, SyncRunRows runs, MirrorReads reads, SyncCommit commit,
            SyncPolicy policy, Clock clock) {
        this.creditors = creditors;
        this.sources = sources;
        this.runs = runs;
        this.reads = reads;
        this.commit = commit;
        this.policy = policy;
        this.clock = clock;
    }

    public void run(CreditorId creditorId, SyncRunId run) {
        if (!runs.start(creditorId, run, clock.instant())) {
            return; // finished already: a re-delivered task must not sync twice
        }
        SyncProgress progress = new SyncProgress(runs, creditorId, run, clock);
        try {
            Creditor creditor = creditors.get(creditorId).orElseThrow(() -> new IllegalStateException("No creditor " + creditorId));
            LedgerSource source = sources.open(creditorId);
            progress.source(source);
            Instant startedAt = clock.instant();
            Optional<SyncCursor> cursor = commit.cursor(creditorId);
            boolean fullSweep = policy.fullSweep(runs.requestedMode(creditorId, run), cursor, startedAt);
            runs.mode(creditorId, run, fullSweep ? "FULL" : "DELTA");
            SyncReader reader = new SyncReader(reads, progress);
            ChangeSet changes = reader.read(creditor, source, LocalDate.ofInstant(startedAt, creditor.timeZone()),
                    fullSweep ? null : cursor.orElseThrow().changesSince());
            progress.phase("applying");
            int applied = commit.apply(creditorId, run, changes, reader.observations(), fullSweep,
                    policy.nextCursor(startedAt), startedAt);
            runs.succeed(creditorId, run, applied, progress.requests(), clock.instant());
        } catch (AccountingSystemException e) {
            log.warn("Sync {} of creditor {} failed: {} {}", run, creditorId, e.category(), e.getMessage());
            runs.fail(creditorId, run, e.category().name(), e.getMessage(), progress.requests(), clock.instant());
        } catch (RuntimeException e) {
            log.error("Sync {} of creditor {} failed unexpectedly", run, creditorId, e);
            runs.fail(creditorId, run, "INTERNAL", "Internal error: " + e.getMessage(), progress.requests(), clock.instant());
        }
    }
}
