package org.reskontro.bench;

import org.reskontro.creditors.Creditor;
import org.reskontro.ledger.AgingReport;
import org.reskontro.ledger.Ledger;
import org.reskontro.ledger.SyncRun;
import org.reskontro.ledger.SyncRunId;
import org.reskontro.simulator.dinero.DineroSimulator;

/**
 * Runs one sync of the creditor the way the scheduler does (queue a run, then run it through the {@link Ledger}
 * facade), in this thread, and measures it.
 */
final class SyncTimer implements AutoCloseable {

    private final Ledger ledger;
    private final DineroSimulator simulator;
    private final Creditor creditor;
    private final RequestTimeline timeline = new RequestTimeline();

    SyncTimer(Ledger ledger, DineroSimulator simulator, Creditor creditor) {
        this.ledger = ledger;
        this.simulator = simulator;
        this.creditor = creditor;
        simulator.addExchangeListener(timeline);
    }

    SyncMeasurement measure(String trigger) {
        timeline.clear();
        long liveBefore = HeapPeak.liveBytes();
        HeapPeak.reset();
        long start = System.nanoTime();
        SyncRunId id = ledger.queueSync(creditor.id(), trigger);
        ledger.runSync(creditor.id(), id);
        long end = System.nanoTime();
        long peak = HeapPeak.peakBytes();
        SyncRun run = ledger.syncRun(creditor.id(), id).orElseThrow();
        if (run.status() != SyncRun.Status.SUCCEEDED) {
            throw new IllegalStateException("The sync '" + trigger + "' ended " + run.status() + ": "
                    + run.errorCategory() + " " + run.errorMessage());
        }
        return new SyncMeasurement(run, end - start, liveBefore, peak, openItems(),
                ledger.reconciliation(creditor.id(), id).orElse(null), phases(start, end));
    }

    private SyncMeasurement.Phases phases(long start, long end) {
        RequestTimeline.Seen lists = timeline.of(RequestTimeline.Kind.LIST);
        RequestTimeline.Seen balances = timeline.of(RequestTimeline.Kind.BALANCE);
        long firstList = lists.count() == 0 ? start : lists.first();
        long lastList = lists.count() == 0 ? start : lists.last();
        long lastBalance = balances.count() == 0 ? lastList : balances.last();
        long lastAnswer = Math.max(timeline.lastAnswer(), start);
        return new SyncMeasurement.Phases(firstList - start, lists.count(), lastList - firstList, balances.count(),
                lastBalance - lastList, end - lastAnswer);
    }

    /** Documents with an open amount, counted in the aging report. */
    private int openItems() {
        AgingReport aging = ledger.aging(creditor.id(), creditor.timeZone());
        return aging.rows().stream().flatMap(row -> row.counts().stream()).mapToInt(Integer::intValue).sum();
    }

    @Override
    public void close() {
        simulator.removeExchangeListener(timeline);
    }
}
