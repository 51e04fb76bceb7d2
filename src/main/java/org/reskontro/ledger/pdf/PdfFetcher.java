package org.reskontro.ledger.pdf;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.reskontro.ledger.PdfTransfer;
import org.reskontro.ledger.PdfTransfer.Outcome;
import org.reskontro.ledger.spi.AccountingSystemException;
import org.reskontro.ledger.spi.AccountingSystemException.Category;
import org.reskontro.ledger.spi.LedgerSource;
import org.reskontro.ledger.sync.LedgerSources;
import org.reskontro.shared.CreditorId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Copies the PDFs of open documents whose number has none yet (S-DOC-1), one document at a time, each stored as
 * it arrives. A document's own failure is recorded against it and retried later, with growing pauses; a failure
 * of the connection itself (rate limit, network, credentials) stops the transfer and blames no document.
 */
@Component
public class PdfFetcher {

    private static final Logger log = LoggerFactory.getLogger(PdfFetcher.class);
    private static final Set<Category> STOP_THE_TRANSFER = EnumSet.of(Category.RATE_LIMITED, Category.UNREACHABLE,
            Category.AUTHENTICATION);
    private static final Duration FIRST_RETRY = Duration.ofHours(1);
    private static final Duration LAST_RETRY = Duration.ofDays(1);

    private final LedgerSources sources;
    private final PdfRows rows;
    private final PdfTransferLock lock;
    private final PdfSettings settings;
    private final Clock clock;

    PdfFetcher(LedgerSources sources, PdfRows rows, PdfTransferLock lock, PdfSettings settings, Clock clock) {
        this.sources = sources;
        this.rows = rows;
        this.lock = lock;
        this.settings = settings;
        this.clock = clock;
    }

    public PdfTransfer transfer(CreditorId creditor) {
        return lock.whileHolding(creditor, () -> transferHoldingTheLock(creditor))
                .orElseGet(() -> PdfTransfer.busy(rows.missing(creditor)));
    }

    private PdfTransfer transferHoldingTheLock(CreditorId creditor) {
        Instant started = clock.instant();
        List<PdfCandidate> due = rows.due(creditor, started, settings.maxPerRun());
        if (due.isEmpty()) {
            // nothing to fetch: no connection opened and no run row, so a frequent scheduler costs nothing
            return new PdfTransfer(Outcome.DONE, 0, 0, rows.missing(creditor), 0, null, null);
        }
        UUID run = rows.startRun(creditor, started);
        Tally tally = new Tally();
        Outcome outcome = Outcome.DONE;
        String category = null;
        String message = null;
        try {
            tally.source = sources.open(creditor);
            for (PdfCandidate candidate : due) {
                if (Duration.between(started, clock.instant()).compareTo(settings.maxDuration()) >= 0) {
                    break; // the time budget is spent; the rest waits for the next transfer
                }
                fetch(creditor, run, candidate, tally);
            }
        } catch (AccountingSystemException e) {
            log.warn("PDF transfer {} of creditor {} stopped: {} {}", run, creditor, e.category(), e.getMessage());
            outcome = Outcome.ABORTED;
            category = e.category().name();
            message = e.getMessage();
        } catch (RuntimeException e) {
            log.error("PDF transfer {} of creditor {} failed unexpectedly", run, creditor, e);
            outcome = Outcome.ABORTED;
            category = "INTERNAL";
            message = "Internal error: " + e.getMessage();
        }
        PdfTransfer result = new PdfTransfer(outcome, tally.fetched, tally.failed, rows.missing(creditor),
                tally.requests(), category, message);
        rows.finishRun(creditor, run, result, clock.instant());
        return result;
    }

    private void fetch(CreditorId creditor, UUID run, PdfCandidate candidate, Tally tally) {
        byte[] pdf;
        try {
            pdf = tally.source.pdf(candidate.document());
            if (!isPdf(pdf)) { // kept for good, so a connector's slip must not slip through
                throw new AccountingSystemException(Category.MALFORMED_RESPONSE, "The accounting system sent no PDF"
                        + " for " + candidate.document().kind() + " " + candidate.document().number());
            }
        } catch (AccountingSystemException e) {
            if (STOP_THE_TRANSFER.contains(e.category())) {
                throw e;
            }
            Instant now = clock.instant();
            rows.recordFailure(creditor, candidate.documentId(), e.category().name(), e.getMessage(), now,
                    now.plus(retryDelay(candidate.failures() + 1)));
            tally.failed++;
            if (++tally.failuresInARow >= settings.maxFailuresInARow()) {
                throw new AccountingSystemException(e.category(), tally.failuresInARow + " documents in a row"
                        + " failed, so the transfer stopped; the last: " + e.getMessage());
            }
            return;
        }
        rows.store(creditor, candidate, pdf, run, clock.instant());
        tally.fetched++;
        tally.failuresInARow = 0;
    }

    /** 1 h after the first failure, then 2 h, 4 h, … at most a day: a broken document costs little. */
    static Duration retryDelay(int failures) {
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(failures - 1, 5));
        return delay.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : delay;
    }

    private static boolean isPdf(byte[] content) {
        return content != null && content.length > 5 && content[0] == '%' && content[1] == 'P' && content[2] == 'D'
                && content[3] == 'F' && content[4] == '-';
    }

    /** What one transfer has done so far. */
    private static final class Tally {
        LedgerSource source;
        int fetched;
        int failed;
        int failuresInARow;

        int requests() {
            return source == null ? 0 : source.requestCount();
        }
    }
}
