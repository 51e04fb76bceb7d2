package org.reskontro.bookkeeping;

import java.math.BigDecimal;

/**
 * What one round of payment monitoring saw: charge documents watched, paid in full (and how many of them since the
 * last round), partly paid, not in the mirror yet (booked after the last sync), and the sum paid on all of them.
 */
public record MonitoringSummary(int watched, int paidInFull, int newlyPaid, int partlyPaid, int notMirroredYet,
        BigDecimal paidTotal) {

    public String describe() {
        return watched + " fee invoices and interest notes watched: " + paidInFull + " paid in full (" + newlyPaid
                + " since the last round), " + partlyPaid + " partly paid, " + notMirroredYet
                + " not mirrored yet; paid on charges in all: " + paidTotal.toPlainString();
    }
}
