package org.reskontro.notification;

import java.time.Instant;

/** A past print batch, without its PDF. */
public record PrintBatchSummary(PrintBatchId id, Instant createdAt, int letters, int pages) {
}
