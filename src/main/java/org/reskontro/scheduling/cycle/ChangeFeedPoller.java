package org.reskontro.scheduling.cycle;

import java.util.Collection;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.ledger.Ledger;
import org.reskontro.scheduling.SyncJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Event-driven transfer between cycles (S-SYNC-6): every minute, each connected creditor's change feed is read
 * (a few requests, well inside Dinero's 100 a minute) and a delta sync is queued only when something is not
 * mirrored yet, so a new invoice or payment reaches the mirror within about a minute and a quiet ledger costs no
 * sync at all. Dinero's contract has webhook subscriptions but documents no event payload, so polling it is.
 */
@Component
public class ChangeFeedPoller {

    private static final Logger log = LoggerFactory.getLogger(ChangeFeedPoller.class);

    private final Creditors creditors;
    private final Ledger ledger;
    private final SyncJobs jobs;

    ChangeFeedPoller(Creditors creditors, Ledger ledger, SyncJobs jobs) {
        this.creditors = creditors;
        this.ledger = ledger;
        this.jobs = jobs;
    }

    /** Returns how many syncs it queued. */
    public int poll() {
        return poll(creditors.all());
    }

    /** Polls the given creditors only (tests keep to their own creditors this way). */
    public int poll(Collection<Creditor> candidates) {
        int queued = 0;
        for (Creditor creditor : candidates) {
            if (creditor.connection() == null) {
                continue;
            }
            try {
                int pending = ledger.pendingChanges(creditor.id());
                if (pending > 0) {
                    jobs.syncNow(creditor.id(), "change feed: " + pending + " changed");
                    queued++;
                }
            } catch (RuntimeException e) {
                log.error("Could not poll the change feed of creditor {}", creditor.id(), e);
            }
        }
        return queued;
    }
}
