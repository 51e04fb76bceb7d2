package org.reskontro.bench;

import java.io.PrintStream;
import java.util.Locale;
import org.reskontro.ledger.SyncRun;

/** The human part of the report, then exactly one machine-readable RESULT line, last. */
final class SyncBenchReport {

    private final SyncBenchResult r;

    SyncBenchReport(SyncBenchResult result) {
        this.r = result;
    }

    void print(PrintStream out) {
        Machine m = r.machine();
        line(out, "");
        line(out, "Reskontro bench sync, %,d open items", r.items());
        line(out, "machine  %d cores, max heap %,d MB, Java %s", m.cores(), SyncBenchResult.mb(m.maxHeapBytes()),
                m.java());
        line(out, "         %s; %s embedded, fresh, data in %s", m.os(), m.postgres(), m.dataDir());
        SimulatorProcess.Loaded b = r.books();
        line(out, "books    simulator in its own JVM (no rate limit): %,d contacts, %,d booked DKK invoices over %d days,",
                b.contacts(), b.invoices(), BulkBooks.DAYS);
        line(out, "         all open, %,d partly paid; loaded in %.1f s, %,d MB of live heap there", b.partlyPaid(),
                b.nanos() / 1e9, SyncBenchResult.mb(b.liveBytes()));
        sync(out, "full", r.full(), String.format(Locale.ROOT, "%,d open items mirrored in %.2f s = %,.1f items/s",
                r.full().openItems(), r.full().seconds(), r.fullItemsPerSecond()));
        line(out, "changes  %,d invoices (1 %%) paid in the simulator after the full sync: %,d in full, %,d in part",
                r.changes().total(), r.changes().paidInFull(), r.changes().paidInPart());
        sync(out, "delta", r.delta(), String.format(Locale.ROOT, "%,d changes in %.2f s measured%s",
                r.changes().total(), r.delta().seconds(), r.deltaScaled()
                        ? String.format(Locale.ROOT, "; scaled linearly to %,d: %.2f s (delta_10k_s)",
                                SyncBenchResult.DELTA_REFERENCE_CHANGES, r.delta10kSeconds())
                        : " (= delta_10k_s, not scaled)"));
        if (r.deltaScaled()) {
            SyncMeasurement.Phases p = r.delta().phases();
            line(out, "         (linear scaling also multiplies the fixed part, token and %d list pages: %.2f s)",
                    p.listPages(), sec(p.untilFirstList() + p.listing()));
        }
        line(out, "copy     COPY of %,d ledger.document rows + %,d ledger.open_item rows into copies of both tables",
                r.copy().rows(), r.copy().rows());
        line(out, "         (same columns and indexes, no WAL) in one transaction: temporary %.2f s, unlogged %.2f s;",
                r.copy().temporaryNanos() / 1e9, r.copy().unloggedNanos() / 1e9);
        line(out, "         the faster, %.2f s, is the baseline: full sync / COPY = %.1f", r.copySeconds(),
                r.copyRatio());
        line(out, "heap     this JVM holds Reskontro only (the simulator runs in its own). peak_heap_mb is the larger of");
        line(out, "         the two syncs' retained peaks: the most heap left after any collection during the sync (what");
        line(out, "         it held), or the pool peak (garbage included) for a sync during which none ran.");
        line(out, "RESULT full_items_per_s=%.1f copy_ratio=%.1f delta_10k_s=%.2f peak_heap_mb=%d requests_full=%d "
                + "requests_delta=%d", r.fullItemsPerSecond(), r.copyRatio(), r.delta10kSeconds(), r.peakHeapMb(),
                r.full().run().httpRequests(), r.delta().run().httpRequests());
    }

    private static void sync(PrintStream out, String name, SyncMeasurement s, String headline) {
        SyncRun run = s.run();
        SyncMeasurement.Phases p = s.phases();
        line(out, "%-8s %s sync (queue + run): %s", name, run.mode(), headline);
        line(out, "         %,d HTTP requests (run row): %,d list pages, %,d ledger-entry requests, %,d balance requests;",
                run.httpRequests(), p.listPages(), p.ledgerRequests(), p.balanceRequests());
        line(out, "         %,d documents listed, %,d changes applied", run.documentsSeen(), run.changesApplied());
        line(out, "         time: %.2f s to the first list page (token), %.2f s listing, %.2f s ledger entries, %.2f s"
                + " balances (%.3f ms each),", sec(p.untilFirstList()), sec(p.listing()), sec(p.ledger()),
                sec(p.balances()), p.balanceRequests() == 0 ? 0 : p.balances() / 1e6 / p.balanceRequests());
        line(out, "               %.2f s after the last request (staging, deriving, apply, reconciliation, commit)",
                sec(p.afterLastRequest()));
        line(out, "         heap: %,d MB live before, retained peak %,d MB (%d collections), pool peak %,d MB;",
                SyncBenchResult.mb(s.liveBytesBefore()), SyncBenchResult.mb(s.retainedPeakBytes()), s.collections(),
                SyncBenchResult.mb(s.peakBytes()));
        line(out, "         reconciliation %s, %,d documents checked",
                s.reconciliation().clean() ? "clean" : "NOT clean", s.reconciliation().documentsChecked());
        if (run.notes() != null) {
            run.notes().lines().forEach(note -> line(out, "         note: %s", note));
        }
    }

    private static double sec(long nanos) {
        return nanos / 1e9;
    }

    private static void line(PrintStream out, String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
    }
}
