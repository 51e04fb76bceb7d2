package org.reskontro.bookkeeping;

/** Where an outbox row stands. */
public enum OutboxStatus {
    /** Not sent yet, or asked to be sent again. */
    PENDING,
    /** The accounting system was unreachable, rate-limiting or failing; retried at {@code nextAttemptAt}. */
    WAITING,
    /** The accounting system holds the document (booked, or as a proposal). */
    SENT,
    /** The accounting system refused it; it waits for a person (fix the cause, then re-send). */
    FAILED
}
