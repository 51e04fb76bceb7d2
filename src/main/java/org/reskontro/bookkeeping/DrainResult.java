package org.reskontro.bookkeeping;

/**
 * What one drain of a creditor's outbox did: rows sent, rows that now wait for a retry, rows refused, and why it
 * stopped (empty, the system asked to wait, or nothing left that may go).
 */
public record DrainResult(int sent, int waiting, int failed, String stoppedBecause) {

    public static DrainResult nothing(String why) {
        return new DrainResult(0, 0, 0, why);
    }
}
