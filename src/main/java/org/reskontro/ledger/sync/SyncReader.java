package org.reskontro.ledger.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reskontro.creditors.Creditor;
import org.reskontro.ledger.persistence.KnownDocument;
import org.reskontro.ledger.persistence.MirrorReads;
import org.reskontro.ledger.reconciliation.Observations;
import org.reskontro.ledger.spi.DocumentBalance;
import org.reskontro.ledger.spi.DocumentQuery;
import org.reskontro.ledger.spi.ErpDocument;
import org.reskontro.ledger.spi.LedgerSource;

/**
 * The read half of a sync: lists what the accounting system has (everything, or what changed since a cursor),
 * decides what the mirror lacks, and fetches balances only for new open documents and changed ones.
 */
final class SyncReader {

    private final MirrorReads reads;
    private final SyncProgress progress;
    private final Observations observations = new Observations();

    SyncReader(MirrorReads reads, SyncProgress progress) {
        this.reads = reads;
        this.progress = progress;
    }

    Observations observations() {
        return observations;
    }

    /** {@code changedSince} null reads everything (a full sweep). */
    ChangeSet read(Creditor creditor, LedgerSource source, LocalDate today, Instant changedSince) {
        ChangeSet changes = new ChangeSet();
        Map<String, String> customerVersions = reads.customerVersions(creditor.id());
        progress.phase("customers");
        source.customers(changedSince, customer -> {
            progress.customersSeen++;
            if (!customer.version().equals(customerVersions.get(customer.externalId()))) {
                changes.customer(customer);
            }
            progress.tick();
        });

        Map<String, KnownDocument> known = reads.documents(creditor.id());
        List<ErpDocument> toTransfer = new ArrayList<>();
        List<ErpDocument> toRevise = new ArrayList<>();
        progress.phase("documents");
        source.documents(new DocumentQuery(creditor.startDate(), today, changedSince), document -> {
            progress.documentsSeen++;
            observations.listed(document);
            KnownDocument mirrored = known.get(document.externalId());
            if (DocumentNews.isNews(document, mirrored != null, mirrored == null ? null : mirrored.erpVersion())) {
                (mirrored == null ? toTransfer : toRevise).add(document);
            }
            progress.tick();
        });

        progress.documentsToDetail = toTransfer.size() + toRevise.size();
        progress.phase("balances");
        for (ErpDocument document : toTransfer) {
            DocumentBalance balance = fetch(source, document);
            if (!balance.open().isZero()) {
                changes.transfer(document, balance);
            }
        }
        for (ErpDocument document : toRevise) {
            changes.revise(known.get(document.externalId()), document, document.deleted() ? null : fetch(source, document));
        }
        return changes;
    }

    private DocumentBalance fetch(LedgerSource source, ErpDocument document) {
        DocumentBalance balance = source.balance(document);
        observations.balance(document, balance);
        progress.documentsDetailed++;
        progress.tick();
        return balance;
    }
}
