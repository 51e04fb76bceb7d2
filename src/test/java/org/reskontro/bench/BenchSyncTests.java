package org.reskontro.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reskontro.ReskontroApplication;
import org.reskontro.testing.TestDirectories;

/**
 * The sync benchmark end to end at a small size, on its own application and database (nothing shared with the
 * integration tests' context). Speed is measured, never asserted: only that the report is complete and sane.
 */
class BenchSyncTests {

    private static final List<String> KEYS = List.of("full_items_per_s", "copy_ratio", "delta_10k_s", "peak_heap_mb",
            "requests_full", "requests_delta");

    @Test
    void measuresAFullAndADeltaSyncAndEndsWithOneResultLine() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Bench.run(ReskontroApplication.class, new String[] {"sync", "--items", "2000", "--data-dir",
                TestDirectories.of("bench-data").toString()}, print(out), print(err));

        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<String> lines = report.lines().toList();
        assertThat(lines.stream().filter(line -> line.startsWith("RESULT"))).hasSize(1);
        assertThat(lines.getLast()).startsWith("RESULT ");
        Map<String, Double> result = parse(lines.getLast());
        assertThat(result.keySet()).containsExactlyElementsOf(KEYS);
        assertThat(result.get("full_items_per_s")).isPositive();
        assertThat(result.get("copy_ratio")).isPositive();
        assertThat(result.get("delta_10k_s")).isPositive();
        assertThat(result.get("peak_heap_mb")).isPositive()
                .isLessThanOrEqualTo(Runtime.getRuntime().maxMemory() / 1024.0 / 1024.0);
        assertThat(result.get("requests_full")).as("a token, the lists and the ledger entries; none per item")
                .isGreaterThan(5).isLessThan(2_000 / 10);
        assertThat(result.get("requests_delta")).as("the changes' balances from the postings added since: a fixed few, "
                + "not one per change (20)").isGreaterThan(3).isLessThan(20);
        assertThat(report).contains("2,000 open items mirrored", "20 changes in", "scaled linearly to 10,000",
                "reconciliation clean", "learned from the receivables postings added since the last sync", "simulator in its own JVM", "cores", "max heap", "Java");
    }

    @Test
    void refusesAMissingOrTooSmallItemCount() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream out = print(new ByteArrayOutputStream());
        assertThat(Bench.run(ReskontroApplication.class, new String[] {"sync"}, out, print(err))).isEqualTo(2);
        assertThat(Bench.run(ReskontroApplication.class, new String[] {"sorting"}, out, print(err))).isEqualTo(2);
        assertThatThrownBy(() -> SyncBenchOptions.parse(new String[] {"--items", "99"}))
                .hasMessageContaining("at least 100");
        assertThat(SyncBenchOptions.parse(new String[] {"--items", "100_000"}).items()).isEqualTo(100_000);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--items is required", "usage:");
    }

    private static Map<String, Double> parse(String resultLine) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String pair : resultLine.substring("RESULT ".length()).split(" ")) {
            String[] keyValue = pair.split("=", 2);
            values.put(keyValue[0], Double.valueOf(keyValue[1]));
        }
        return values;
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
