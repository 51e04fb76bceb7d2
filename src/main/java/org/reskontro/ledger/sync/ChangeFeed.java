package org.reskontro.ledger.sync;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.ledger.persistence.MirrorReads;
import org.reskontro.ledger.persistence.SyncCursors;
import org.reskontro.ledger.persistence.SyncCursors.SyncCursor;
import org.reskontro.ledger.persistence.SyncRunRows;
import org.reskontro.ledger.spi.AccountingSystemException;
import org.reskontro.ledger.spi.DocumentQuery;
import org.reskontro.ledger.spi.ErpDocument;
import org.reskontro.ledger.spi.LedgerSource;
import org.reskontro.shared.CreditorId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A cheap look at the accounting system's change feed between cycles (S-SYNC-6): lists the documents changed since
 * the cursor (a handful of requests, no balances) and counts those that are new to the mirror and open, or whose
 * version differs from the mirrored one. Changes already mirrored — the cursor overlaps the last sync — count nothing.
 */
@Component
public class ChangeFeed {

    private static final Logger log = LoggerFactory.getLogger(ChangeFeed.class);

    private final Creditors creditors;
    private final LedgerSources sources;
    private final SyncCursors cursors;
    private final SyncRunRows runs;
    private final MirrorReads reads;
    private final Clock clock;

    ChangeFeed(Creditors creditors, LedgerSources sources, SyncCursors cursors, SyncRunRows runs, MirrorReads reads,
            Clock clock) {
        this.creditors = creditors;
        this.sources = sources;
        this.cursors = cursors;
        this.runs = runs;
        this.reads = reads;
        this.clock = clock;
    }

    /** 0 when nothing new, no first sync has run yet, a sync is already under way, or the system cannot be reached. */
    public int pendingChanges(CreditorId creditorId) {
        Optional<SyncCursor> cursor = cursors.find(creditorId);
        Optional<Creditor> creditor = creditors.get(creditorId);
        if (cursor.isEmpty() || creditor.isEmpty() || runs.active(creditorId).isPresent()) {
            return 0;
        }
        List<ErpDocument> changed = new ArrayList<>();
        try {
            LedgerSource source = sources.open(creditorId);
            LocalDate today = LocalDate.ofInstant(clock.instant(), creditor.get().timeZone());
            source.documents(new DocumentQuery(creditor.get().startDate(), today, cursor.get().changesSince()), changed::add);
        } catch (AccountingSystemException e) {
            log.info("Change feed of creditor {} not read: {} {}", creditorId, e.category(), e.getMessage());
            return 0; // the next cycle's sync records the failure where people look
        }
        Map<String, MirrorReads.Seen> mirrored = reads.versions(creditorId,
                changed.stream().map(ErpDocument::externalId).toList());
        return (int) changed.stream().filter(document -> {
            MirrorReads.Seen seen = mirrored.get(document.externalId());
            return DocumentNews.isNews(document, seen != null, seen == null ? null : seen.version(),
                    seen == null ? null : seen.status());
        }).count();
    }
}
