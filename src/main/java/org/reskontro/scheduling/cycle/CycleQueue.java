package org.reskontro.scheduling.cycle;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.reskontro.platform.time.WallClock;
import org.reskontro.scheduling.CycleId;
import org.reskontro.scheduling.persistence.CycleRows;
import org.reskontro.shared.CreditorId;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a due slot or a "run now" into a cycle row and a db-scheduler task, in one transaction (db-scheduler's
 * starter makes its data source transaction-aware), so neither exists without the other.
 */
@Component
public class CycleQueue {

    /** Data: "creditorId/cycleId". */
    static final TaskDescriptor<String> CYCLE = TaskDescriptor.of("creditor-cycle", String.class);

    private final CycleRows cycles;
    private final SchedulerClient scheduler;
    private final Clock clock;

    CycleQueue(CycleRows cycles, @Lazy SchedulerClient scheduler, Clock clock) {
        this.cycles = cycles;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /**
     * The cycle of a slot, or empty when the slot was dispatched before (by this node or another). The task's id
     * is the creditor and the slot, so a second scheduling of the same slot is a no-op in db-scheduler as well.
     */
    @Transactional
    public Optional<CycleId> slot(CreditorId creditor, CycleTimes.DueSlot due) {
        Instant now = clock.instant();
        Optional<CycleId> cycle = cycles.insertForSlot(creditor, due.slot(), due.missed(), due.missedFrom(), now);
        cycle.ifPresent(id -> schedule(creditor + "@" + due.slot(), creditor, id));
        return cycle;
    }

    /** A cycle to run at once; the one already scheduled or running for this creditor if there is one. */
    @Transactional
    public CycleId now(CreditorId creditor, String trigger) {
        Optional<CycleId> active = cycles.active(creditor);
        if (active.isPresent()) {
            return active.get();
        }
        Instant now = clock.instant();
        CycleId id = cycles.insertNow(creditor, trigger, now);
        schedule(creditor + "@now:" + id, creditor, id);
        return id;
    }

    /** Due at once by db-scheduler's own (wall) clock, whatever the business clock says. */
    private void schedule(String instance, CreditorId creditor, CycleId cycle) {
        scheduler.scheduleIfNotExists(CYCLE.instance(instance).data(creditor + "/" + cycle).scheduledTo(WallClock.now()));
    }
}
