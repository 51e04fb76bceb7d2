package org.reskontro.ledger.spi;

/** A document's state as its accounting system reports it, in neutral words. */
public enum ErpStatus {
    /** Booked, not yet due or due without being overdue in the system's eyes, and not fully paid. */
    OPEN,
    /** Booked, past its due date, not fully paid. */
    OVERDUE,
    /** Fully paid (or credited). */
    SETTLED,
    /** Paid more than its total. */
    OVERPAID;

    public boolean mayBeOpen() {
        return this == OPEN || this == OVERDUE;
    }
}
