package org.reskontro.ledger;

/**
 * What one PDF transfer of one creditor did. {@code remaining} counts the open documents whose number still has
 * no PDF afterwards (the per-run limit, a time budget, an abort or earlier failures can leave some). An aborted
 * transfer names the failure that stopped it; what it stored before stays stored.
 */
public record PdfTransfer(Outcome outcome, int fetched, int failed, int remaining, int httpRequests,
        String errorCategory, String errorMessage) {

    public enum Outcome {
        /** Went through what was due, within the per-run limit and time budget. */
        DONE,
        /** Stopped early: rate-limited, unreachable, credentials refused, or too many failures in a row. */
        ABORTED,
        /** Another transfer of this creditor was running (on this or another node); this one did nothing. */
        BUSY
    }

    public static PdfTransfer busy(int remaining) {
        return new PdfTransfer(Outcome.BUSY, 0, 0, remaining, 0, null, null);
    }
}
