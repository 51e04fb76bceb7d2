package org.reskontro.ledger.sync;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.creditors.ErpAccess;
import org.reskontro.ledger.LedgerSynchronised;
import org.reskontro.ledger.SyncRunId;
import org.reskontro.ledger.persistence.KnownDocument;
import org.reskontro.ledger.persistence.MirrorReads;
import org.reskontro.ledger.persistence.MirrorWriter;
import org.reskontro.ledger.persistence.SyncRunRows;
import org.reskontro.ledger.spi.AccountingSystemException;
import org.reskontro.ledger.spi.ConnectionDetails;
import org.reskontro.ledger.spi.DocumentQuery;
import org.reskontro.ledger.spi.ErpDocument;
import org.reskontro.ledger.spi.LedgerSource;
import org.reskontro.shared.CreditorId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one sync: reads the accounting system, decides what changed against the mirror, and applies it in one
 * transaction. Unchanged documents cost no request beyond their list page. On any failure the mirror keeps its
 * last good state and the run records why.
 */
@Component
public class Synchroniser {

    private static final Logger log = LoggerFactory.getLogger(Synchroniser.class);

    private final Creditors creditors;
    private final Connectors connectors;
    private final SyncRunRows runs;
    private final MirrorReads reads;
    private final MirrorWriter writer;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Synchroniser(Creditors creditors, Connectors connectors, SyncRunRows runs, MirrorReads reads, MirrorWriter writer,
            TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock) {
        this.creditors = creditors;
        this.connectors = connectors;
        this.runs = runs;
        this.reads = reads;
        this.writer = writer;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    public void run(CreditorId creditorId, SyncRunId run) {
        if (!runs.start(creditorId, run, clock.instant())) {
            return; // finished already: a re-delivered task must not sync twice
        }
        SyncProgress progress = new SyncProgress(runs, creditorId, run, clock);
        try {
            Creditor creditor = creditors.get(creditorId).orElseThrow(() -> new IllegalStateException("No creditor " + creditorId));
            ErpAccess access = creditors.access(creditorId).orElseThrow(() -> new AccountingSystemException(
                    AccountingSystemException.Category.REJECTED, "No accounting system is connected to this creditor"));
            LedgerSource source = connectors.forKind(access.system()).open(new ConnectionDetails(creditorId,
                    access.system(), access.apiBaseUrl(), access.tokenUrl(), access.organisationId(), access.credentials()));
            progress.source(source);
            ChangeSet changes = read(creditor, source, progress);
            progress.phase("applying");
            int applied = transaction.execute(status -> {
                int count = writer.apply(creditorId, run, changes, clock.instant());
                events.publishEvent(new LedgerSynchronised(creditorId, run, count));
                return count;
            });
            runs.succeed(creditorId, run, applied, progress.requests(), clock.instant());
        } catch (AccountingSystemException e) {
            log.warn("Sync {} of creditor {} failed: {} {}", run, creditorId, e.category(), e.getMessage());
            runs.fail(creditorId, run, e.category().name(), e.getMessage(), progress.requests(), clock.instant());
        } catch (RuntimeException e) {
            log.error("Sync {} of creditor {} failed unexpectedly", run, creditorId, e);
            runs.fail(creditorId, run, "INTERNAL", "Internal error: " + e.getMessage(), progress.requests(), clock.instant());
        }
    }

    private ChangeSet read(Creditor creditor, LedgerSource source, SyncProgress progress) {
        ChangeSet changes = new ChangeSet();
        Map<String, String> customerVersions = reads.customerVersions(creditor.id());
        progress.phase("customers");
        source.customers(null, customer -> {
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
        LocalDate today = LocalDate.ofInstant(clock.instant(), creditor.timeZone());
        source.documents(new DocumentQuery(creditor.startDate(), today, null), document -> {
            progress.documentsSeen++;
            KnownDocument mirrored = known.get(document.externalId());
            if (mirrored == null) {
                if (!document.deleted() && document.status().mayBeOpen()) {
                    toTransfer.add(document);
                }
            } else if (document.deleted() || !document.version().equals(mirrored.erpVersion())) {
                toRevise.add(document);
            }
            progress.tick();
        });

        progress.documentsToDetail = toTransfer.size() + toRevise.size();
        progress.phase("balances");
        for (ErpDocument document : toTransfer) {
            var balance = source.balance(document);
            if (!balance.open().isZero()) {
                changes.transfer(document, balance);
            }
            progress.documentsDetailed++;
            progress.tick();
        }
        for (ErpDocument document : toRevise) {
            changes.revise(known.get(document.externalId()), document, document.deleted() ? null : source.balance(document));
            progress.documentsDetailed++;
            progress.tick();
        }
        return changes;
    }
}
