package org.reskontro.bookkeeping;

import java.time.Instant;

/** One thing that happened to an outbox row: an attempt and its outcome, or a person's re-send. */
public record OutboxEvent(Instant at, String event, String message, String actor) {
}
