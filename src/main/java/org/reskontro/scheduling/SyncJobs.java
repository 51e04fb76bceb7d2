package org.reskontro.scheduling;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import org.reskontro.ledger.Ledger;
import org.reskontro.ledger.SyncRunId;
import org.reskontro.platform.time.WallClock;
import org.reskontro.shared.CreditorId;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/** "Sync now": queue a run in the ledger and hand it to the cluster-safe scheduler. */
@Service
public class SyncJobs {

    static final TaskDescriptor<String> SYNC = TaskDescriptor.of("ledger-sync", String.class);

    private final Ledger ledger;
    private final SchedulerClient scheduler;

    SyncJobs(Ledger ledger, @Lazy SchedulerClient scheduler) {
        this.ledger = ledger;
        this.scheduler = scheduler;
    }

    /** Returns the run: a new one, or the one already queued or running for this creditor. */
    public SyncRunId syncNow(CreditorId creditor, String trigger) {
        return schedule(creditor, ledger.queueSync(creditor, trigger));
    }

    /** Like {@link #syncNow}, but the run sweeps every document. */
    public SyncRunId fullSweepNow(CreditorId creditor, String trigger) {
        return schedule(creditor, ledger.queueFullSweep(creditor, trigger));
    }

    private SyncRunId schedule(CreditorId creditor, SyncRunId run) {
        // The instance id is the run id: scheduling the same run twice is a no-op, never a second sync.
        scheduler.scheduleIfNotExists(SYNC.instance(run.toString()).data(creditor.toString()).scheduledTo(WallClock.now()));
        return run;
    }
}
