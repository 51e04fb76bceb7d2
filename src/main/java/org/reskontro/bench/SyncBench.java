package org.reskontro.bench;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.reskontro.creditors.ConnectionSettings;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.creditors.NewCreditor;
import org.reskontro.ledger.Ledger;
import org.reskontro.shared.AccountingSystemKind;

/**
 * The sync benchmark: starts the Dinero simulator in a JVM of its own and loads it with {@code items} open invoices,
 * registers one creditor on it, measures a full sync, pays 1 % of the invoices, measures the delta sync that follows,
 * and times a raw COPY of the same rows. It stops with an exception when a sync fails or the mirror does not hold
 * what the simulator says is open.
 */
final class SyncBench {

    private static final String NAME = "Bench Handel ApS";

    private final BenchRuntime runtime;
    private final Class<?> application;

    SyncBench(BenchRuntime runtime, Class<?> application) {
        this.runtime = runtime;
        this.application = application;
    }

    SyncBenchResult run(int items, PrintStream out) {
        Ledger ledger = runtime.bean(Ledger.class);
        DataSource dataSource = runtime.bean(DataSource.class);
        Machine machine = Machine.describe(dataSource, runtime.dataDir());
        out.printf(Locale.ROOT, "bench sync: %,d open items on %d cores, max heap %,d MB%n", items, machine.cores(),
                SyncBenchResult.mb(machine.maxHeapBytes()));
        try (SimulatorProcess simulator = SimulatorProcess.start(application)) {
            SimulatorProcess.Loaded books = simulator.load(items);
            out.printf(Locale.ROOT, "  loaded the simulator (own JVM) in %.1f s; full sync …%n", books.nanos() / 1e9);
            Creditor creditor = register(runtime.bean(Creditors.class), simulator, books);
            SyncTimer timer = new SyncTimer(ledger, simulator, creditor);
            SyncMeasurement full = timer.measure("bench: full sync");
            expect(full, "FULL", items);
            out.printf(Locale.ROOT, "  full sync done in %.1f s; paying 1 %% and delta sync …%n", full.seconds());
            SimulatorProcess.Changed changes = simulator.change();
            SyncMeasurement delta = timer.measure("bench: delta sync");
            expect(delta, "DELTA", items - changes.paidInFull());
            out.printf(Locale.ROOT, "  delta sync done in %.1f s; COPY baseline …%n", delta.seconds());
            List<SimulatorProcess.Invoice> invoices = simulator.invoices();
            CopyBaseline.Copied copy = CopyBaseline.run(dataSource, creditor.id(), invoices,
                    runtime.bean(Clock.class).instant());
            return new SyncBenchResult(items, machine, books, full, changes, delta, copy);
        }
    }

    private static Creditor register(Creditors creditors, SimulatorProcess simulator, SimulatorProcess.Loaded books) {
        Creditor creditor = creditors.register(new NewCreditor(NAME, "DK", new BulkBooks.CvrNumbers(31_000_000).next(),
                "DKK", "Europe/Copenhagen", books.today().minusYears(1)));
        return creditors.connect(creditor.id(), new ConnectionSettings(AccountingSystemKind.DINERO,
                simulator.baseUrl().toString(), simulator.tokenUrl().toString(), String.valueOf(books.organisation()),
                books.credentials()));
    }

    private static void expect(SyncMeasurement sync, String mode, int openItems) {
        if (!mode.equals(sync.run().mode())) {
            throw new IllegalStateException("Expected a " + mode + " sync, the ledger ran " + sync.run().mode());
        }
        if (sync.openItems() != openItems) {
            throw new IllegalStateException("After the " + mode + " sync the mirror holds " + sync.openItems()
                    + " open items; the simulator has " + openItems);
        }
        if (sync.reconciliation() == null || !sync.reconciliation().clean()) {
            throw new IllegalStateException("The " + mode + " sync's reconciliation is not clean: "
                    + sync.reconciliation());
        }
    }
}
