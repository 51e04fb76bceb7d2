package org.reskontro.bench;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * The {@code bench} sub-command: {@code bench sync --items N [--data-dir DIR]}. Returns the process exit status: 0
 * after a complete report, 1 when the benchmark failed, 2 on a usage error.
 */
public final class Bench {

    static final String USAGE = "usage: java -jar reskontro.jar bench sync --items N [--data-dir DIR]\n"
            + "       java -jar reskontro.jar bench dunning [--invoices N] [--creditors C] [--data-dir DIR]\n"
            + "       java -jar reskontro.jar bench postings [--count N]";

    private Bench() {
    }

    /** {@code application} is the product's main class, the one the benchmarks start. */
    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && "simulator".equals(args[0])) {
            return BenchSimulator.serve(System.in, out); // the bench's own child process, see SimulatorProcess
        }
        if (args.length > 0 && "postings".equals(args[0])) {
            return postings(application, Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        if (args.length > 0 && "dunning".equals(args[0])) {
            return dunning(application, Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        if (args.length == 0 || !"sync".equals(args[0])) {
            err.println(args.length == 0 ? "bench: which benchmark?" : "bench: unknown benchmark '" + args[0] + "'");
            err.println(USAGE);
            return 2;
        }
        SyncBenchOptions options;
        try {
            options = SyncBenchOptions.parse(Arrays.copyOfRange(args, 1, args.length));
        } catch (IllegalArgumentException e) {
            err.println("bench sync: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try (BenchRuntime runtime = BenchRuntime.start(application, options.dataDir())) {
            SyncBenchResult result = new SyncBench(runtime, application).run(options.items(), out);
            new SyncBenchReport(result).print(out);
            out.flush();
            return 0;
        } catch (RuntimeException e) {
            out.flush();
            err.println("bench sync failed: " + describe(e));
            return 1;
        }
    }

    private static int dunning(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        DunningBenchOptions options;
        try {
            options = DunningBenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("bench dunning: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try (BenchRuntime runtime = BenchRuntime.start(application, options.dataDir())) {
            DunningBench.Result result = new DunningBench(runtime).run(options, out);
            out.printf("dunning day: %,d invoices of %,d creditors in %.1f s on %d threads (%,d steps issued in %,d "
                    + "letters)%n", result.invoices(), result.creditors(), result.runSeconds(), result.threads(),
                    result.stepsIssued(), result.letters());
            Machine machine = Machine.describe(runtime.bean(javax.sql.DataSource.class), runtime.dataDir());
            out.printf("machine: %d cores, max heap %d MB, Java %s, %s, %s%n", machine.cores(),
                    machine.maxHeapBytes() / (1024 * 1024), machine.java(), machine.os(), machine.postgres());
            out.printf("RESULT decisions_per_s=%.0f run_s=%.1f letters_per_s=%.0f%n", result.decisionsPerSecond(),
                    result.runSeconds(), result.lettersPerSecond());
            out.flush();
            return 0;
        } catch (Exception e) {
            out.flush();
            err.println("bench dunning failed: " + describe(e));
            return 1;
        }
    }

    private static int postings(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        int count = 2_000;
        if (args.length == 2 && "--count".equals(args[0]) && args[1].matches("[1-9][0-9]{0,6}")) {
            count = Integer.parseInt(args[1]);
        } else if (args.length != 0) {
            err.println("bench postings: expected --count N (1 to 9,999,999)");
            err.println(USAGE);
            return 2;
        }
        try (BenchRuntime runtime = BenchRuntime.start(application, null)) {
            PostingBench.Result result = new PostingBench(runtime).run(count, out);
            Machine machine = Machine.describe(runtime.bean(javax.sql.DataSource.class), runtime.dataDir());
            out.printf("postings: %,d in %.2f s, %,d HTTP requests%n", result.postings(), result.seconds(),
                    result.requests());
            out.printf("machine: %d cores, max heap %d MB, Java %s, %s, %s%n", machine.cores(),
                    machine.maxHeapBytes() / (1024 * 1024), machine.java(), machine.os(), machine.postgres());
            out.printf("RESULT postings_per_s=%.1f requests_per_posting=%.2f%n", result.postingsPerSecond(),
                    (double) result.requests() / result.postings());
            out.flush();
            return 0;
        } catch (RuntimeException e) {
            out.flush();
            err.println("bench postings failed: " + describe(e));
            return 1;
        }
    }

    private static String describe(Throwable e) {
        StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            message.append("\n  caused by ").append(cause.getClass().getSimpleName()).append(": ")
                    .append(cause.getMessage());
        }
        return message.toString();
    }
}
