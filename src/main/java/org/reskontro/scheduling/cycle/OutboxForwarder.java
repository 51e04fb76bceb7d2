package org.reskontro.scheduling.cycle;

import org.reskontro.bookkeeping.Bookkeeping;
import org.reskontro.bookkeeping.DrainResult;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Between cycles, every minute: sends what waits in each creditor's outbox once it is due, so a document queued while
 * the accounting system was down goes out soon after it is back, in order, not only at the next cycle (S-SYNC-7).
 * A creditor with nothing due costs one indexed query and no request.
 */
@Component
class OutboxForwarder {

    private static final Logger log = LoggerFactory.getLogger(OutboxForwarder.class);

    private final Creditors creditors;
    private final Bookkeeping bookkeeping;

    OutboxForwarder(Creditors creditors, Bookkeeping bookkeeping) {
        this.creditors = creditors;
        this.bookkeeping = bookkeeping;
    }

    int forward() {
        int sent = 0;
        for (Creditor creditor : creditors.all()) {
            if (creditor.connection() == null || !bookkeeping.hasDue(creditor.id())) {
                continue;
            }
            try {
                DrainResult result = bookkeeping.sendOutbox(creditor.id());
                sent += result.sent();
            } catch (RuntimeException e) {
                log.error("Could not send the outbox of creditor {}", creditor.id(), e);
            }
        }
        return sent;
    }
}
