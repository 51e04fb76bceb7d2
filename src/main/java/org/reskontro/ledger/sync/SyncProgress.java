package org.reskontro.ledger.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.reskontro.ledger.SyncRunId;
import org.reskontro.ledger.persistence.SyncRunRows;
import org.reskontro.ledger.spi.LedgerSource;
import org.reskontro.shared.CreditorId;

/** Counts what a running sync has seen and writes it out at most about once a second. */
final class SyncProgress {

    private static final Duration INTERVAL = Duration.ofSeconds(1);

    private final SyncRunRows runs;
    private final CreditorId creditor;
    private final SyncRunId run;
    private final Clock clock;
    private LedgerSource source;
    private Instant lastWrite = Instant.MIN;
    private String phase = "connecting";
    private final Map<String, Long> nanosByPhase = new LinkedHashMap<>();
    private long phaseStartedAt = System.nanoTime();
    int customersSeen;
    int documentsSeen;
    int documentsToDetail;
    int documentsDetailed;

    SyncProgress(SyncRunRows runs, CreditorId creditor, SyncRunId run, Clock clock) {
        this.runs = runs;
        this.creditor = creditor;
        this.run = run;
        this.clock = clock;
    }

    void source(LedgerSource source) {
        this.source = source;
    }

    void phase(String phase) {
        this.phase = phase;
        write();
    }

    /**
     * Ends a stretch of the run's work and names it, for {@link #timings()}: measured with the JVM's monotonic timer,
     * not the injected clock, since tests stop that one.
     */
    void mark(String stretch) {
        long now = System.nanoTime();
        nanosByPhase.merge(stretch, now - phaseStartedAt, Long::sum);
        phaseStartedAt = now;
    }

    /**
     * A stretch that ran beside the others (on a thread of its own), for {@link #timings()}; it does not end the
     * current one.
     */
    void alongside(String stretch, long nanos) {
        nanosByPhase.merge(stretch, nanos, Long::sum);
    }

    /** Where the run's wall time went, stretch by stretch ("customers 0.12 s, documents 3.40 s, …"), for the log. */
    String timings() {
        StringBuilder text = new StringBuilder();
        nanosByPhase.forEach((name, nanos) -> text.append(text.isEmpty() ? "" : ", ").append(name).append(' ')
                .append(String.format(Locale.ROOT, "%.2f s", nanos / 1e9)));
        return text.toString();
    }


    int requests() {
        return source == null ? 0 : source.requestCount();
    }

    void tick() {
        if (Duration.between(lastWrite, clock.instant()).compareTo(INTERVAL) >= 0) {
            write();
        }
    }

    void write() {
        lastWrite = clock.instant();
        runs.progress(creditor, run, phase, customersSeen, documentsSeen, documentsToDetail, documentsDetailed, requests());
    }
}
