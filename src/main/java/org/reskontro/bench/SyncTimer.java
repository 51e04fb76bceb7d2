package org.reskontro.bench;

import org.reskontro.creditors.Creditor;
import org.reskontro.ledger.AgingReport;
import org.reskontro.ledger.Ledger;
import org.reskontro.ledger.SyncRun;
import org.reskontro.ledger.SyncRunId;

/**
 * Runs one sync of the creditor the way the scheduler does (queue a run, then run it through the {@link Ledger}
 * facade), in this thread, and measures it; the simulator process tells when it answered what.
 */
final class SyncTimer {

    private final Ledger ledger;
    private final SimulatorProcess simulator;
    private final Creditor creditor;

    SyncTimer(Ledger ledger, SimulatorProcess simulator, Creditor creditor) {
        this.ledger = ledger;
        this.simulator = simulator;
        this.creditor = creditor;
    }

    SyncMeasurement measure(String trigger) {
        simulator.clearTimeline();
        long liveBefore = HeapPeak.liveBytes();
        HeapPeak.reset();
        long start = RequestTimeline.now();
        SyncRunId id = ledger.queueSync(creditor.id(), trigger);
        ledger.runSync(creditor.id(), id);
        long end = RequestTimeline.now();
        long peak = HeapPeak.peakBytes();
        long retained = HeapPeak.retainedPeakBytes();
        int collections = HeapPeak.collections();
        SyncRun run = ledger.syncRun(creditor.id(), id).orElseThrow();
        if (run.status() != SyncRun.Status.SUCCEEDED) {
            throw new IllegalStateException("The sync '" + trigger + "' ended " + run.status() + ": "
                    + run.errorCategory() + " " + run.errorMessage());
        }
        return new SyncMeasurement(run, end - start, liveBefore, peak, retained, collections, openItems(),
                ledger.reconciliation(creditor.id(), id).orElse(null), phases(simulator.timeline(), start, end));
    }

    private static SyncMeasurement.Phases phases(RequestTimeline timeline, long start, long end) {
        RequestTimeline.Seen lists = timeline.of(RequestTimeline.Kind.LIST);
        RequestTimeline.Seen ledger = timeline.of(RequestTimeline.Kind.LEDGER);
        RequestTimeline.Seen balances = timeline.of(RequestTimeline.Kind.BALANCE);
        long firstList = lists.count() == 0 ? start : lists.first();
        long lastList = lists.count() == 0 ? start : lists.last();
        // postings read ahead alongside the listing may end before it: then they added no time of their own
        long lastLedger = ledger.count() == 0 ? lastList : Math.max(lastList, ledger.last());
        long lastBalance = balances.count() == 0 ? lastLedger : balances.last();
        long lastAnswer = Math.max(timeline.lastAnswer(), start);
        return new SyncMeasurement.Phases(firstList - start, lists.count(), lastList - firstList, ledger.count(),
                lastLedger - lastList, balances.count(), lastBalance - lastLedger, end - lastAnswer);
    }

    /** Documents with an open amount, counted in the aging report. */
    private int openItems() {
        AgingReport aging = ledger.aging(creditor.id(), creditor.timeZone());
        return aging.rows().stream().flatMap(row -> row.counts().stream()).mapToInt(Integer::intValue).sum();
    }
}
