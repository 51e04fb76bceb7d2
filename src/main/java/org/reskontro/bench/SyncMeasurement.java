package org.reskontro.bench;

import org.reskontro.ledger.ReconciliationReport;
import org.reskontro.ledger.SyncRun;

/**
 * One measured sync: its run row, the wall time of queue + run, the live heap before it and the peak during it,
 * the open items in the mirror after it, its reconciliation report and where its time went.
 */
record SyncMeasurement(SyncRun run, long nanos, long liveBytesBefore, long peakBytes, int openItems,
        ReconciliationReport reconciliation, Phases phases) {

    /**
     * Read off the simulator's answer times: from the start to the first list page (token, mirror reads), listing
     * every page, fetching balances one document at a time, and from the last answer to the end (building rows,
     * batch inserts, reconciliation, cursor, commit).
     */
    record Phases(long untilFirstList, int listPages, long listing, int balanceRequests, long balances,
            long afterLastRequest) {
    }

    double seconds() {
        return nanos / 1e9;
    }
}
