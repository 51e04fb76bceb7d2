package org.reskontro.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reskontro.creditors.Creditor;
import org.reskontro.scheduling.cycle.CycleQueue;
import org.reskontro.scheduling.cycle.CycleTimes;
import org.reskontro.scheduling.persistence.CycleRows;
import org.reskontro.scheduling.persistence.StepRows;
import org.reskontro.shared.CreditorId;
import org.springframework.stereotype.Service;

/**
 * The per-creditor cycle (S-SYNC-3/4): fee posting, payment monitoring, PDF transfer and posting sync, run at the
 * creditor's cycle times (kept by the creditors module) or at once on request, and its history.
 */
@Service
public class Cycles {

    private final CycleQueue queue;
    private final CycleRows cycles;
    private final StepRows steps;
    private final Clock clock;

    Cycles(CycleQueue queue, CycleRows cycles, StepRows steps, Clock clock) {
        this.queue = queue;
        this.cycles = cycles;
        this.steps = steps;
        this.clock = clock;
    }

    /** Schedules a cycle to run at once, or returns the one already scheduled or running for this creditor. */
    public CycleId runNow(CreditorId creditor, String trigger) {
        return queue.now(creditor, trigger);
    }

    public Optional<Cycle> cycle(CreditorId creditor, CycleId cycle) {
        return cycles.find(creditor, cycle).map(c -> c.withSteps(steps.of(creditor, cycle)));
    }

    /** Newest first, each with its steps. */
    public List<Cycle> recent(CreditorId creditor, int limit) {
        Map<CycleId, List<Step>> stepsByCycle = steps.ofRecent(creditor, limit);
        return cycles.recent(creditor, limit).stream()
                .map(c -> c.withSteps(stepsByCycle.getOrDefault(c.id(), List.of()))).toList();
    }

    /** When the next scheduled cycle falls due; none while the creditor has no accounting system to work with. */
    public Optional<Instant> nextCycle(Creditor creditor) {
        if (creditor.connection() == null) {
            return Optional.empty();
        }
        return Optional.of(new CycleTimes(creditor.cycleTimes(), creditor.timeZone()).next(clock.instant()));
    }
}
