package org.reskontro.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The Dinero simulator in a JVM of its own, started from the same code as the bench ({@code bench simulator}) and
 * driven over its standard input and output (see {@link BenchSimulator}). The bench's own heap then holds Reskontro
 * alone. The child gets a heap of its own of {@value #CHILD_HEAP}; it dies with the bench.
 */
final class SimulatorProcess implements AutoCloseable {

    static final String CHILD_HEAP = "-Xmx4g";

    /** What the child loaded: the organisation, its credentials and what the books hold. */
    record Loaded(int organisation, Map<String, String> credentials, int contacts, int invoices, int partlyPaid,
            long nanos, long liveBytes, LocalDate today) {
    }

    record Changed(int paidInFull, int paidInPart, long nanos) {

        int total() {
            return paidInFull + paidInPart;
        }
    }

    /** One invoice as the COPY baseline writes it. */
    record Invoice(UUID guid, long number, UUID contactGuid, LocalDate date, LocalDate paymentDate, String currency,
            BigDecimal totalInclVat, BigDecimal totalExclVat, BigDecimal remaining, String status, Instant updatedAt) {
    }

    private final Process process;
    private final PrintStream commands;
    private final BufferedReader answers;
    private final Deque<String> noise = new ArrayDeque<>();
    private final URI baseUrl;
    private final URI tokenUrl;

    private SimulatorProcess(Process process) {
        this.process = process;
        this.commands = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
        this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Map<String, String> ready = SimulatorProtocol.values(await("ready"));
        this.baseUrl = URI.create(ready.get("baseUrl"));
        this.tokenUrl = URI.create(ready.get("tokenUrl"));
    }

    /**
     * Starts {@code java … bench simulator} from the same code as this JVM: with {@code -jar} when this one runs from
     * the executable jar (its classes then come from inside it), else on this JVM's class path.
     */
    static SimulatorProcess start(Class<?> application) {
        String java = ProcessHandle.current().info().command().orElse("java");
        String jar = System.getProperty("sun.java.command", "").split(" ")[0];
        boolean fromExecutableJar = String.valueOf(application.getProtectionDomain().getCodeSource().getLocation())
                .contains("BOOT-INF") && jar.endsWith(".jar");
        List<String> command = new ArrayList<>(List.of(java, CHILD_HEAP, "-XX:+UseParallelGC"));
        if (fromExecutableJar) {
            command.addAll(List.of("-jar", jar));
        } else {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), application.getName()));
        }
        command.addAll(List.of("bench", "simulator"));
        try {
            return new SimulatorProcess(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the simulator process " + command, e);
        }
    }

    URI baseUrl() {
        return baseUrl;
    }

    URI tokenUrl() {
        return tokenUrl;
    }

    Loaded load(int items) {
        Map<String, String> v = SimulatorProtocol.values(ask("load " + items, "loaded"));
        return new Loaded(Integer.parseInt(v.get("organisation")), Map.of("clientId", v.get("clientId"),
                "clientSecret", v.get("clientSecret"), "apiKey", v.get("apiKey")), Integer.parseInt(v.get("contacts")),
                Integer.parseInt(v.get("invoices")), Integer.parseInt(v.get("partlyPaid")), Long.parseLong(v.get("nanos")),
                Long.parseLong(v.get("liveBytes")), LocalDate.parse(v.get("today")));
    }

    Changed change() {
        Map<String, String> v = SimulatorProtocol.values(ask("change", "changed"));
        return new Changed(Integer.parseInt(v.get("inFull")), Integer.parseInt(v.get("inPart")),
                Long.parseLong(v.get("nanos")));
    }

    void clearTimeline() {
        ask("timeline-clear", "ok");
    }

    RequestTimeline timeline() {
        return RequestTimeline.parse(SimulatorProtocol.values(ask("timeline", "timeline")));
    }

    List<Invoice> invoices() {
        commands.println("invoices");
        List<Invoice> invoices = new ArrayList<>();
        while (true) {
            String line = next();
            if (line.equals("end")) {
                return invoices;
            }
            if (line.startsWith("error")) {
                throw new IllegalStateException("The simulator process failed: " + line);
            }
            String[] f = line.split("\t");
            invoices.add(new Invoice(UUID.fromString(f[1]), Long.parseLong(f[2]), UUID.fromString(f[3]),
                    LocalDate.parse(f[4]), f[5].equals("null") ? null : LocalDate.parse(f[5]), f[6],
                    new BigDecimal(f[7]), new BigDecimal(f[8]), new BigDecimal(f[9]), f[10], Instant.parse(f[11])));
        }
    }

    private String ask(String command, String expected) {
        commands.println(command);
        return await(expected);
    }

    private String await(String expected) {
        String line = next();
        if (!line.startsWith(expected)) {
            throw new IllegalStateException("The simulator process answered '" + line + "' instead of " + expected
                    + (noise.isEmpty() ? "" : "; it also said: " + String.join(" | ", noise)));
        }
        return line;
    }

    /** The next protocol line, without its prefix; other output (the child's logging) is kept for error messages. */
    private String next() {
        try {
            while (true) {
                String line = answers.readLine();
                if (line == null) {
                    throw new IllegalStateException("The simulator process ended"
                            + (noise.isEmpty() ? "" : ": " + String.join(" | ", noise)));
                }
                if (line.startsWith(SimulatorProtocol.PREFIX)) {
                    return line.substring(SimulatorProtocol.PREFIX.length());
                }
                noise.addLast(line);
                if (noise.size() > 20) {
                    noise.removeFirst();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Lost the simulator process", e);
        }
    }

    @Override
    public void close() {
        commands.println("quit");
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
