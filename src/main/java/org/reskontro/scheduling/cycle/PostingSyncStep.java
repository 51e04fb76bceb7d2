package org.reskontro.scheduling.cycle;

import java.util.Locale;
import org.reskontro.ledger.Ledger;
import org.reskontro.ledger.SyncRun;
import org.reskontro.ledger.SyncRunId;
import org.reskontro.scheduling.CycleId;
import org.reskontro.scheduling.StepKind;
import org.reskontro.shared.CreditorId;
import org.springframework.stereotype.Component;

/** The posting sync: queue a ledger sync for the creditor and run it here, on the node that runs the cycle. */
@Component
class PostingSyncStep implements CycleStep {

    private final Ledger ledger;

    PostingSyncStep(Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    public StepKind kind() {
        return StepKind.POSTING_SYNC;
    }

    @Override
    public StepOutcome run(CreditorId creditor, CycleId cycle) {
        String trigger = "cycle:" + cycle;
        SyncRunId id = ledger.queueSync(creditor, trigger);
        SyncRun queued = ledger.syncRun(creditor, id).orElseThrow();
        if (!trigger.equals(queued.trigger())) {
            // Someone else's run ("Sync now", another node): its own job runs it; running it here too would race it.
            return StepOutcome.skipped("A sync started by " + queued.trigger() + " was already "
                    + queued.status().name().toLowerCase(Locale.ROOT) + "; it brings the mirror up to date")
                    .about(id);
        }
        ledger.runSync(creditor, id); // our own run, also when a revived cycle finds it RUNNING from a dead node
        SyncRun done = ledger.syncRun(creditor, id).orElseThrow();
        return switch (done.status()) {
            case SUCCEEDED -> StepOutcome.succeeded(done.changesApplied() + " changes applied, "
                    + done.httpRequests() + " requests").about(id);
            case FAILED -> StepOutcome.failed(done.errorCategory() + ": " + done.errorMessage()).about(id);
            case QUEUED, RUNNING -> StepOutcome.failed("The sync did not finish (" + done.status() + ")").about(id);
        };
    }
}
