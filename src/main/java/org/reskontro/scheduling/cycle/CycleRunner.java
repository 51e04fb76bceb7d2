package org.reskontro.scheduling.cycle;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.reskontro.scheduling.Cycle;
import org.reskontro.scheduling.CycleId;
import org.reskontro.scheduling.Step;
import org.reskontro.scheduling.StepKind;
import org.reskontro.scheduling.persistence.CycleRows;
import org.reskontro.scheduling.persistence.StepRows;
import org.reskontro.shared.CreditorId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Runs one cycle of one creditor, on whichever node db-scheduler gave the task: its steps in the seeds' order
 * (S-SYNC-4), each recorded as it starts and ends. Never two cycles of a creditor at once: while one runs, another
 * is recorded as skipped. A cycle revived after its node died resumes at its first unfinished step.
 */
@Component
public class CycleRunner {

    private static final Logger log = LoggerFactory.getLogger(CycleRunner.class);
    private static final Set<Step.Status> DONE = Set.of(Step.Status.SUCCEEDED, Step.Status.FAILED, Step.Status.SKIPPED);

    private final CycleRows cycles;
    private final StepRows steps;
    private final Map<StepKind, CycleStep> stepsByKind = new EnumMap<>(StepKind.class);
    private final Clock clock;

    CycleRunner(CycleRows cycles, StepRows steps, List<CycleStep> available, Clock clock) {
        this.cycles = cycles;
        this.steps = steps;
        this.clock = clock;
        for (CycleStep step : available) {
            if (stepsByKind.put(step.kind(), step) != null) {
                throw new IllegalStateException("Two beans implement the cycle step " + step.kind());
            }
        }
    }

    public void run(CreditorId creditor, CycleId cycle) {
        try {
            if (!cycles.start(creditor, cycle, clock.instant())) {
                return; // ended already: a re-delivered task must not run the cycle twice
            }
        } catch (DuplicateKeyException busy) {
            String other = cycles.running(creditor).map(c -> " (cycle " + c.id() + ", started " + c.startedAt() + ")")
                    .orElse("");
            cycles.skip(creditor, cycle, "Another cycle of this creditor was running" + other, clock.instant());
            return;
        }
        List<StepKind> kinds = Arrays.asList(StepKind.values());
        steps.plan(creditor, cycle, kinds);
        Map<StepKind, Step.Status> before = steps.of(creditor, cycle).stream()
                .collect(Collectors.toMap(Step::kind, Step::status));
        boolean failed = before.values().contains(Step.Status.FAILED);
        for (StepKind kind : kinds) {
            if (DONE.contains(before.get(kind))) {
                continue; // finished before this node took the cycle over
            }
            steps.start(creditor, cycle, kind, clock.instant());
            StepOutcome outcome = run(kind, creditor, cycle);
            steps.finish(creditor, cycle, kind, outcome.status(), outcome.detail(), outcome.error(), outcome.syncRun(),
                    clock.instant());
            failed |= outcome.status() == Step.Status.FAILED;
        }
        cycles.finish(creditor, cycle, failed ? Cycle.Status.FAILED : Cycle.Status.SUCCEEDED, clock.instant());
    }

    private StepOutcome run(StepKind kind, CreditorId creditor, CycleId cycle) {
        CycleStep step = stepsByKind.get(kind);
        if (step == null) {
            return StepOutcome.skipped("Not available yet");
        }
        try {
            return step.run(creditor, cycle);
        } catch (RuntimeException e) {
            // A failed step does not stop the later ones: each talks to the accounting system on its own.
            log.error("Step {} of cycle {} of creditor {} failed", kind, cycle, creditor, e);
            return StepOutcome.failed("Internal error: " + e.getMessage());
        }
    }
}
