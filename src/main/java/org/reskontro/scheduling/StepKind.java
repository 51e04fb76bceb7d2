package org.reskontro.scheduling;

/**
 * The steps of a creditor's cycle, in the order they run (S-SYNC-4). New steps are appended; each stored step keeps
 * its position, so the history of older cycles reads the same.
 */
public enum StepKind {
    /** Book accrued fees and interest, and reversals of written-off fees, in the accounting system (S-FEE-1..4). */
    FEE_POSTING,
    /** Fetch the payments since the last cycle, allocate them, notice paid fees (S-FEE-5/6). */
    PAYMENT_MONITORING,
    /** Copy the PDFs of new invoice numbers only (S-DOC-1). */
    PDF_TRANSFER,
    /** Pull the open items into the mirror and reconcile them (S-SYNC-1/5). */
    POSTING_SYNC,
    /** Evaluate every open invoice against its dunning policy and issue the steps due today (S-DUN-2). */
    DUNNING
}
