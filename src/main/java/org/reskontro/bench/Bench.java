package org.reskontro.bench;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * The {@code bench} sub-command: {@code bench sync --items N [--data-dir DIR]}. Returns the process exit status: 0
 * after a complete report, 1 when the benchmark failed, 2 on a usage error.
 */
public final class Bench {

    static final String USAGE = "usage: java -jar reskontro.jar bench sync --items N [--data-dir DIR]";

    private Bench() {
    }

    /** {@code application} is the product's main class, the one the benchmarks start. */
    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && "simulator".equals(args[0])) {
            return BenchSimulator.serve(System.in, out); // the bench's own child process, see SimulatorProcess
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

    private static String describe(Throwable e) {
        StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            message.append("\n  caused by ").append(cause.getClass().getSimpleName()).append(": ")
                    .append(cause.getMessage());
        }
        return message.toString();
    }
}
