package org.reskontro.ledger;

import java.time.Duration;
import java.time.Instant;
import org.reskontro.shared.CreditorId;

/**
 * One sync of one creditor: where it stands, what it has seen, and why it failed if it did. {@code mode} is FULL
 * (a sweep of everything) or DELTA (changes since the cursor); null until the run has started. {@code notes} says
 * what the run noticed on the way that people should know (null: nothing), one sentence per line.
 */
public record SyncRun(SyncRunId id, CreditorId creditor, String trigger, Status status, String mode, String phase,
        Instant queuedAt, Instant startedAt, Instant finishedAt, int customersSeen, int documentsSeen,
        int documentsToDetail, int documentsDetailed, int httpRequests, int changesApplied, String errorCategory,
        String errorMessage, String notes) {

    public enum Status { QUEUED, RUNNING, SUCCEEDED, FAILED }

    public boolean active() {
        return status == Status.QUEUED || status == Status.RUNNING;
    }

    public Duration duration() {
        return startedAt == null || finishedAt == null ? null : Duration.between(startedAt, finishedAt);
    }

    /** 0–100, for a progress bar: listing counts as the first fifth, fetching balances as the rest. */
    public int percent() {
        if (status == Status.SUCCEEDED) {
            return 100;
        }
        if (documentsToDetail == 0) {
            return status == Status.RUNNING ? 10 : 0;
        }
        return 20 + (int) (80L * documentsDetailed / documentsToDetail);
    }
}
