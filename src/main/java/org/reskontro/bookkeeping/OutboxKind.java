package org.reskontro.bookkeeping;

/** What an outbox row writes into the accounting system. */
public enum OutboxKind {
    FEE_INVOICE,
    INTEREST_NOTE,
    CREDIT_NOTE,
    PAYMENT
}
