package org.reskontro.scheduling;

import java.time.Instant;
import org.reskontro.ledger.SyncRunId;

/**
 * One step of a cycle as it ran: {@code detail} says what it did or why it was skipped, {@code error} why it failed,
 * {@code syncRun} which ledger sync it ran or found running (posting sync only).
 */
public record Step(StepKind kind, Status status, Instant startedAt, Instant finishedAt, Long durationMillis,
        String detail, String error, SyncRunId syncRun) {

    public enum Status { PENDING, RUNNING, SUCCEEDED, FAILED, SKIPPED }
}
