package org.reskontro.scheduling.cycle;

import org.reskontro.ledger.SyncRunId;
import org.reskontro.scheduling.Step;

/** How a step ended: what it did (or why it did nothing), why it failed, and the sync run it concerns. */
public record StepOutcome(Step.Status status, String detail, String error, SyncRunId syncRun) {

    public static StepOutcome succeeded(String detail) {
        return new StepOutcome(Step.Status.SUCCEEDED, detail, null, null);
    }

    public static StepOutcome skipped(String reason) {
        return new StepOutcome(Step.Status.SKIPPED, reason, null, null);
    }

    public static StepOutcome failed(String error) {
        return new StepOutcome(Step.Status.FAILED, null, error, null);
    }

    public StepOutcome about(SyncRunId run) {
        return new StepOutcome(status, detail, error, run);
    }
}
