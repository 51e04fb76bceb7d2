package org.reskontro.ledger.sync;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Optional;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.ledger.SyncRunId;
import org.reskontro.ledger.persistence.SyncCursors.SyncCursor;
import org.reskontro.ledger.persistence.SyncRunRows;
import org.reskontro.ledger.persistence.SyncStage;
import org.reskontro.ledger.spi.AccountingSystemException;
import org.reskontro.ledger.spi.DocumentQuery;
import org.reskontro.ledger.spi.LedgerSource;
import org.reskontro.shared.CreditorId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs one sync: reads the accounting system (a full sweep, or a delta from the cursor) into staging tables as it
 * arrives, asks balances only for the documents that are news to the mirror, then applies the staged run, writes
 * the reconciliation report and moves the cursor, all in one transaction (ADR 12). Memory stays flat whatever the
 * ledger's size. On any failure the mirror, the report and the cursor keep their last good state and the run
 * records why.
 */
@Component
public class Synchroniser {

    private static final Logger log = LoggerFactory.getLogger(Synchroniser.class);
    /** Balances are asked for this many news documents at a time, read from the staged run in listing order. */
    private static final int FETCH_PAGE = 1_000;
    /**
     * Receivables postings are read from this long before the start date, so the postings of a debtor's older
     * documents show as such and do not stop the balances of the listed ones from being derived (ADR 12).
     */
    private static final Period POSTINGS_LOOKBACK = Period.ofYears(1);

    private final Creditors creditors;
    private final LedgerSources sources;
    private final SyncRunRows runs;
    private final SyncStage stage;
    private final SyncCommit commit;
    private final SyncPolicy policy;
    private final Clock clock;

    Synchroniser(Creditors creditors, LedgerSources sources, SyncRunRows runs, SyncStage stage, SyncCommit commit,
            SyncPolicy policy, Clock clock) {
        this.creditors = creditors;
        this.sources = sources;
        this.runs = runs;
        this.stage = stage;
        this.commit = commit;
        this.policy = policy;
        this.clock = clock;
    }

    public void run(CreditorId creditorId, SyncRunId run) {
        if (!runs.start(creditorId, run, clock.instant())) {
            return; // finished already: a re-delivered task must not sync twice
        }
        SyncProgress progress = new SyncProgress(runs, creditorId, run, clock);
        SyncStage.Run staged = null;
        try {
            Creditor creditor = creditors.get(creditorId).orElseThrow(() -> new IllegalStateException("No creditor " + creditorId));
            LedgerSource source = sources.open(creditorId);
            progress.source(source);
            Instant startedAt = clock.instant();
            Optional<SyncCursor> cursor = commit.cursor(creditorId);
            boolean fullSweep = policy.fullSweep(runs.requestedMode(creditorId, run), cursor, startedAt);
            runs.mode(creditorId, run, fullSweep ? "FULL" : "DELTA");
            staged = stage.open(creditorId, run);
            progress.mark("start");
            Instant since = cursor.map(SyncCursor::changesSince).orElse(null);
            read(staged, creditor, source, LocalDate.ofInstant(startedAt, creditor.timeZone()),
                    fullSweep ? null : since, since, fullSweep, progress);
            progress.phase("applying");
            int applied = commit.apply(creditorId, run, fullSweep, policy.nextCursor(startedAt), startedAt);
            progress.mark("apply and reconciliation");
            runs.succeed(creditorId, run, applied, progress.requests(), clock.instant());
        } catch (AccountingSystemException e) {
            log.warn("Sync {} of creditor {} failed: {} {}", run, creditorId, e.category(), e.getMessage());
            runs.fail(creditorId, run, e.category().name(), e.getMessage(), progress.requests(), clock.instant());
        } catch (RuntimeException e) {
            log.error("Sync {} of creditor {} failed unexpectedly", run, creditorId, e);
            runs.fail(creditorId, run, "INTERNAL", "Internal error: " + e.getMessage(), progress.requests(), clock.instant());
        } finally {
            if (staged != null) {
                discard(staged);
                progress.mark("discard staged rows");
                log.info("Sync {} of creditor {} took {}", run, creditorId, progress.timings());
            }
        }
    }

    /**
     * {@code changedSince} null reads everything (a full sweep); {@code cursor} is where the last good sync left off
     * (null before the first).
     */
    private void read(SyncStage.Run staged, Creditor creditor, LedgerSource source, LocalDate today,
            Instant changedSince, Instant cursor, boolean fullSweep, SyncProgress progress) {
        progress.phase("customers");
        source.customers(changedSince, customer -> {
            staged.customer(customer);
            progress.customersSeen++;
            progress.tick();
        });
        progress.mark("customers");
        sourceNotes(staged, source);
        boolean postingsRead = false;
        try (PostingsAhead postings = postingsAhead(staged, creditor, source, fullSweep)) {
            progress.phase("documents");
            source.documents(new DocumentQuery(creditor.startDate(), today, changedSince), document -> {
                staged.document(document);
                progress.documentsSeen++;
                postings.listed(progress.documentsSeen);
                progress.tick();
            });
            progress.mark("documents");
            sourceNotes(staged, source);
            int dropped = staged.endListing();
            if (dropped > 0) {
                note(staged, String.format(Locale.ROOT, "%,d documents came more than once in the accounting system's "
                        + "lists (they moved while read page by page); each counts once, as last listed", dropped));
            }
            progress.documentsToDetail = staged.markNews(DocumentNews.SQL);
            progress.mark("news");
            progress.phase("balances");
            int newDocuments = staged.newDocumentsToFetch();
            if (policy.derivesBalances(fullSweep, source.listsReceivablePostings(), newDocuments)) {
                postingsRead = true;
                long readAhead = postings.read();
                progress.mark("postings");
                if (readAhead > 0) {
                    progress.alongside("postings read ahead", readAhead);
                }
                int derived = staged.deriveBalances(creditor.startDate());
                progress.mark("derived balances");
                progress.documentsDetailed += derived;
                note(staged, String.format(Locale.ROOT, "The open amounts of %,d of %,d new documents were derived "
                        + "from the accounting system's receivables postings; %,d were asked for one by one", derived,
                        newDocuments, newDocuments - derived));
            }
        }
        deriveChangedBalances(staged, source, cursor, postingsRead, creditor.startDate(), progress);
        staged.eachToFetch(FETCH_PAGE, page -> page.forEach(toFetch -> {
            staged.balance(toFetch.seq(), source.balance(toFetch.document()));
            progress.documentsDetailed++;
            progress.tick();
        }));
        staged.endBalances();
        progress.mark("balances");
        sourceNotes(staged, source);
    }

    /**
     * Changed documents the mirror holds learn their balance from the postings: those read on this run, or those added
     * to the books since the cursor (ADR 12). What cannot be derived that way is asked for one by one after.
     */
    private void deriveChangedBalances(SyncStage.Run staged, LedgerSource source, Instant cursor, boolean postingsRead,
            LocalDate startDate, SyncProgress progress) {
        int changed = staged.mirroredToFetch();
        if (!policy.derivesChangedBalances(postingsRead, source.listsAddedPostings(), cursor != null, changed)) {
            return;
        }
        if (!postingsRead) {
            staged.discardPostings();
            source.receivablePostingsAddedSince(cursor, posting -> {
                staged.posting(posting);
                progress.tick();
            });
            progress.mark("added postings");
            int unlisted = staged.markUnlistedChanges();
            if (unlisted > 0) {
                changed += unlisted;
                progress.documentsToDetail += unlisted;
                note(staged, String.format(Locale.ROOT, "%,d documents had postings added since the last sync that "
                        + "their listing did not show (changed in the second they were last read): revised too",
                        unlisted));
            }
            deriveNewBalances(staged, startDate, progress);
        }
        int derived = staged.deriveChangedBalances();
        progress.documentsDetailed += derived;
        progress.mark("changed balances");
        if (changed > 0) {
            note(staged, String.format(Locale.ROOT, "The open amounts of %,d of %,d changed documents were learned "
                    + "from the receivables postings %s; %,d were asked for one by one", derived, changed,
                    postingsRead ? "read on this run" : "added since the last sync", changed - derived));
        }
    }

    /**
     * New documents of a delta learn their balance from the added postings too: one booked since the cursor has all
     * its postings among them (one booked before has not its booking there, and is asked for, as the derivation
     * requires a posting that books the total).
     */
    private void deriveNewBalances(SyncStage.Run staged, LocalDate startDate, SyncProgress progress) {
        int newDocuments = staged.newDocumentsToFetch();
        if (newDocuments == 0) {
            return;
        }
        int derived = staged.deriveBalances(startDate);
        progress.documentsDetailed += derived;
        note(staged, String.format(Locale.ROOT, "The open amounts of %,d of %,d new documents were derived from the "
                + "receivables postings added since the last sync; %,d were asked for one by one", derived,
                newDocuments, newDocuments - derived));
    }

    /**
     * The receivables postings of this run, read ahead while the documents are listed when a full sweep is likely
     * to derive balances from them (ADR 12); the source's session is then used from two threads at once.
     */
    private PostingsAhead postingsAhead(SyncStage.Run staged, Creditor creditor, LedgerSource source,
            boolean fullSweep) {
        LocalDate from = creditor.startDate().minus(POSTINGS_LOOKBACK);
        boolean listsPostings = source.listsReceivablePostings();
        String run = "Sync " + staged.run() + " of creditor " + staged.creditor();
        if (!policy.readsPostingsAhead(fullSweep, listsPostings, Integer.MAX_VALUE, 0)) {
            return new PostingsAhead(source, from, staged::posting, run, null);
        }
        int mirrored = staged.mirroredDocuments();
        return new PostingsAhead(source, from, staged::posting, run,
                listed -> policy.readsPostingsAhead(fullSweep, listsPostings, listed, mirrored));
    }

    /** What the connector noticed while it read (a list that changed page by page), into the run's history. */
    private void sourceNotes(SyncStage.Run staged, LedgerSource source) {
        source.takeNotes().forEach(line -> note(staged, line));
    }

    private void note(SyncStage.Run staged, String line) {
        log.info("Sync {} of creditor {}: {}", staged.run(), staged.creditor(), line);
        runs.note(staged.creditor(), staged.run(), line);
    }

    private static void discard(SyncStage.Run staged) {
        try {
            staged.discard();
        } catch (RuntimeException e) {
            log.warn("Staged rows of sync {} were not deleted (the next sync of the creditor deletes them): {}",
                    staged.run(), e.getMessage());
        }
    }
}
