package org.reskontro.ledger.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.reskontro.ledger.persistence.SyncCursors.SyncCursor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a sync sweeps everything and where the next delta starts. A full sweep runs on request, for the first
 * sync, and when the last one is older than {@code reskontro.sync.full-sweep-interval} (default a day), so a change
 * a delta missed is caught within that time. The cursor overlaps the run's start by a margin, because the
 * accounting system's clock and its commit order are not ours; re-reading a change is harmless (versions match).
 */
@Component
public class SyncPolicy {

    private final Duration fullSweepInterval;
    private final Duration overlap;
    private final int derivedBalancesFrom;
    private final boolean addedPostings;

    SyncPolicy(@Value("${reskontro.sync.full-sweep-interval:24h}") Duration fullSweepInterval,
            @Value("${reskontro.sync.cursor-overlap:5m}") Duration overlap,
            @Value("${reskontro.sync.derived-balances-from:1000}") int derivedBalancesFrom,
            @Value("${reskontro.sync.added-postings:true}") boolean addedPostings) {
        this.fullSweepInterval = fullSweepInterval;
        this.overlap = overlap;
        this.derivedBalancesFrom = derivedBalancesFrom;
        this.addedPostings = addedPostings;
    }

    /**
     * Whether a sync reads the receivables postings to derive balances instead of asking one balance per new
     * document: on a full sweep only (a delta lists too little to attribute postings to), when the source can list
     * them, and once at least {@code reskontro.sync.derived-balances-from} (default 1,000) new documents need one.
     * Below that, asking each costs fewer requests than reading the ledger, whatever its size.
     */
    boolean derivesBalances(boolean fullSweep, boolean sourceListsPostings, int newDocuments) {
        return fullSweep && sourceListsPostings && derivedBalancesFrom > 0 && newDocuments >= derivedBalancesFrom;
    }

    /**
     * Whether a sync learns the balances of changed, mirrored documents from the receivables postings: those a full
     * sweep read anyway, when some changed; on any other sync with a cursor, those added since, when the source can list
     * them (two requests whatever the number of changes). A delta reads them even when its listing shows no change,
     * for they also show changes the listing cannot (see {@code UnlistedChanges}). {@code reskontro.sync.added-postings}
     * (default true) turns it off.
     */
    boolean derivesChangedBalances(boolean postingsRead, boolean sourceListsAddedPostings, boolean hasCursor,
            int changedDocuments) {
        if (!addedPostings) {
            return false;
        }
        return postingsRead ? changedDocuments > 0 : sourceListsAddedPostings && hasCursor;
    }

    /**
     * Whether a full sweep should start reading the postings while it still lists the documents (see
     * {@link PostingsAhead}): once the documents listed so far, less all the mirror holds, reach the threshold of
     * {@link #derivesBalances}. That many cannot all be mirrored, so derivation is likely (not certain: some may be
     * paid, deleted or listed twice, and then the read is dropped); a daily sweep of a large mirrored ledger, with few
     * new documents, does not read ahead.
     */
    boolean readsPostingsAhead(boolean fullSweep, boolean sourceListsPostings, int listedSoFar, int mirrored) {
        return derivesBalances(fullSweep, sourceListsPostings, Math.max(0, listedSoFar - mirrored));
    }

    boolean fullSweep(boolean requested, Optional<SyncCursor> cursor, Instant now) {
        return requested || cursor.isEmpty() || !cursor.get().lastFullSweepAt().plus(fullSweepInterval).isAfter(now);
    }

    Instant nextCursor(Instant runStartedAt) {
        return runStartedAt.minus(overlap);
    }
}
