package org.reskontro.bookkeeping;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of a creditor's outbox as people see it. {@code id} is the idempotency key written into the accounting
 * system's document; {@code dependsOn} is a row that must be sent first (the invoice a credit note reverses).
 */
public record OutboxEntry(UUID id, long seq, OutboxKind kind, OutboxStatus status, String summary, int attempts,
        Instant nextAttemptAt, String lastError, String externalId, Long externalNumber, String externalState,
        UUID dependsOn, Instant createdAt, Instant sentAt) {
}
