package org.reskontro.ledger.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
