package org.reskontro.bench;

import org.reskontro.ledger.ReconciliationReport;
import org.reskontro.ledger.SyncRun;

/**
 * One measured sync: its run row, the wall time of queue + run, the live heap before it, the pool peak and the
 * retained peak during it (see {@link HeapPeak}) and the collections that ran, the open items in the mirror after it,
 * its reconciliation report and where its time went.
 */
record SyncMeasurement(SyncRun run, long nanos, long liveBytesBefore, long peakBytes, long retainedPeakBytes,
        int collections, int openItems, ReconciliationReport reconciliation, Phases phases) {

    /**
     * Read off the simulator's answer times: from the start to the first list page (token), listing every page, the
     * ledger entries, fetching balances one document at a time, and from the last answer to the end (staging, deriving,
     * the apply, reconciliation, cursor, commit).
     */
    record Phases(long untilFirstList, int listPages, long listing, int ledgerRequests, long ledger,
            int balanceRequests, long balances, long afterLastRequest) {
    }

    double seconds() {
        return nanos / 1e9;
    }

    /** The retained peak, or the pool peak when no collection ran during the sync to tell it. */
    long heapBytes() {
        return collections > 0 ? retainedPeakBytes : peakBytes;
    }
}
