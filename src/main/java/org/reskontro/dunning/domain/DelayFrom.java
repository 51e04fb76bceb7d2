package org.reskontro.dunning.domain;

/** What a step's delay counts from. */
public enum DelayFrom {
    /** Days after the invoice's due date (negative: before it). */
    DUE_DATE,
    /** Days after the deadline the previous step gave (the debtor missed it). */
    PREVIOUS_DEADLINE
}
