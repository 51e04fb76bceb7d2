package org.reskontro.bookkeeping.spi;

/** Whether Reskontro books a document itself or leaves it as a proposal for the creditor's bookkeeper to approve. */
public enum BookingMode {
    /** Booked at once: it counts in the ledger from the moment it is sent. */
    DIRECT,
    /** Delivered as a draft or voucher proposal; it counts once someone in the accounting system approves it. */
    PROPOSAL
}
