package org.reskontro.demo;

import java.time.Clock;
import java.time.LocalDate;
import org.reskontro.bookkeeping.Bookkeeping;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.dunning.Dunning;
import org.reskontro.ledger.Ledger;
import org.reskontro.ledger.LedgerSynchronised;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Gives a fresh demo a past: once a demo creditor's first sync is in, the last {@value #DAYS} days of dunning are run
 * day by day (reminders, then purringer and rykkere with their fees and interest, as the policies say), the letters go
 * to the mail catcher, and the fee posting books the charges into the simulator through the outbox (at the
 * simulator's real rate limit, so the Bookkeeping page shows the queue draining). Each part is idempotent.
 */
@Component
@ConditionalOnBooleanProperty({"reskontro.demo.enabled", "reskontro.simulator.dinero.enabled"})
class DemoHistory {

    static final String FIRST_SYNC = "demo: transfer open items";
    static final int DAYS = 30;

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    private final Ledger ledger;
    private final Creditors creditors;
    private final Dunning dunning;
    private final Bookkeeping bookkeeping;
    private final Clock clock;

    DemoHistory(Ledger ledger, Creditors creditors, Dunning dunning, Bookkeeping bookkeeping, Clock clock) {
        this.ledger = ledger;
        this.creditors = creditors;
        this.dunning = dunning;
        this.bookkeeping = bookkeeping;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onSynchronised(LedgerSynchronised event) {
        boolean first = ledger.syncRun(event.creditor(), event.run())
                .map(run -> FIRST_SYNC.equals(run.trigger())).orElse(false);
        Creditor creditor = creditors.get(event.creditor()).orElse(null);
        if (!first || creditor == null) {
            return;
        }
        // Not in this thread: it is still inside the sync's committed transaction, whose resources stay bound
        // during after-commit callbacks, so writes made here would join a transaction that never commits again.
        Thread.ofVirtual().name("demo-history-" + creditor.name()).start(() -> replay(creditor));
    }

    private void replay(Creditor creditor) {
        try {
            LocalDate today = LocalDate.ofInstant(clock.instant(), creditor.timeZone());
            for (LocalDate day = today.minusDays(DAYS); !day.isAfter(today); day = day.plusDays(1)) {
                dunning.run(creditor.id(), day);
            }
            int letters = dunning.sendLetters(creditor.id());
            log.info("Demo {}: {} days of dunning replayed, {} letters sent; booking the charges", creditor.name(),
                    DAYS, letters);
            log.info("Demo {}: {}", creditor.name(), bookkeeping.postFees(creditor.id()).describe());
        } catch (RuntimeException e) {
            log.warn("Demo {}: the dunning history could not be replayed: {}", creditor.name(), e.getMessage());
        }
    }
}
