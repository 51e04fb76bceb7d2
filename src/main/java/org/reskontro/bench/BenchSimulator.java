package org.reskontro.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.reskontro.simulator.dinero.DineroDocument;
import org.reskontro.simulator.dinero.DineroSimulator;

/**
 * The child half of the bench: {@code bench simulator} runs the Dinero simulator alone in its own JVM (no Spring, no
 * database, system clock, no rate limit) and takes commands on standard input, one a line, answering each with lines
 * that start with {@value SimulatorProtocol#PREFIX}: so the books of a million invoices, and the garbage of rendering
 * their pages, are not in the heap the bench measures (ADR 12). See {@link SimulatorProcess} for the other half.
 */
final class BenchSimulator {

    private static final String NAME = "Bench Handel ApS";

    private final DineroSimulator simulator = DineroSimulator.start(0, org.reskontro.platform.time.WallClock.clock(), 0);
    private final RequestTimeline timeline = new RequestTimeline();
    private final PrintStream out;
    private BulkBooks.Loaded books;

    private BenchSimulator(PrintStream out) {
        this.out = out;
        simulator.addExchangeListener(timeline);
    }

    static int serve(InputStream in, PrintStream out) {
        BenchSimulator child = new BenchSimulator(out);
        try (BufferedReader commands = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            child.answer("ready", "baseUrl=" + child.simulator.baseUrl(), "tokenUrl=" + child.simulator.tokenUrl());
            for (String line = commands.readLine(); line != null; line = commands.readLine()) {
                if (line.equals("quit")) {
                    break;
                }
                try {
                    child.command(line.trim());
                } catch (RuntimeException e) {
                    child.answer("error", String.valueOf(e).replace('\n', ' '));
                }
            }
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            child.simulator.stop();
        }
    }

    private void command(String line) {
        String[] words = line.split(" ");
        switch (words[0]) {
            case "load" -> load(Integer.parseInt(words[1]));
            case "change" -> change();
            case "timeline-clear" -> {
                timeline.clear();
                answer("ok");
            }
            case "timeline" -> answer("timeline", timeline.describe());
            case "invoices" -> invoices();
            default -> throw new IllegalArgumentException("unknown command '" + line + "'");
        }
    }

    private void load(int items) {
        long before = HeapPeak.liveBytes();
        books = BulkBooks.load(simulator, NAME, items, simulator.today());
        var credentials = books.organisation().credentials();
        answer("loaded", "organisation=" + books.organisation().id(), "clientId=" + credentials.clientId(),
                "clientSecret=" + credentials.clientSecret(), "apiKey=" + credentials.apiKey(),
                "contacts=" + books.contacts(), "invoices=" + books.invoices(), "partlyPaid=" + books.partlyPaid(),
                "nanos=" + books.nanos(), "liveBytes=" + (HeapPeak.liveBytes() - before), "today=" + simulator.today());
    }

    private void change() {
        BulkBooks.Changed changed = BulkBooks.change(simulator, books, simulator.today());
        answer("changed", "inFull=" + changed.paidInFull(), "inPart=" + changed.paidInPart(),
                "nanos=" + changed.nanos());
    }

    /** Every invoice, for the COPY baseline: tab-separated, in the simulator's order. */
    private void invoices() {
        LocalDate today = simulator.today();
        for (DineroDocument d : simulator.documents(books.organisation().id())) {
            out.println(SimulatorProtocol.PREFIX + "invoice\t" + d.guid() + "\t" + d.number() + "\t" + d.contactGuid()
                    + "\t" + d.date() + "\t" + d.paymentDate() + "\t" + d.currency() + "\t"
                    + d.totalInclVat().toPlainString() + "\t" + d.totalExclVat().toPlainString() + "\t"
                    + d.remainingAmount().toPlainString() + "\t" + d.status(today).name() + "\t" + d.updatedAt());
        }
        answer("end");
    }

    private void answer(String what, String... values) {
        out.println(SimulatorProtocol.PREFIX + what + (values.length == 0 ? "" : " " + String.join(" ", values)));
        out.flush();
    }
}
