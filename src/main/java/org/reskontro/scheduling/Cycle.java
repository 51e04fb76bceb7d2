package org.reskontro.scheduling;

import java.time.Instant;
import java.util.List;
import org.reskontro.shared.CreditorId;

/**
 * One run of a creditor's cycle, with its steps in order. {@code slot} is the cycle time it stands for (null when
 * someone pressed "run now"); {@code missedSlots} counts the earlier slots it passed over after downtime, from
 * {@code missedFrom}; {@code note} says why a cycle was skipped.
 */
public record Cycle(CycleId id, CreditorId creditor, String trigger, Instant slot, Status status, int missedSlots,
        Instant missedFrom, String note, Instant scheduledAt, Instant startedAt, Instant finishedAt,
        Long durationMillis, List<Step> steps) {

    public enum Status { SCHEDULED, RUNNING, SUCCEEDED, FAILED, SKIPPED }

    public Cycle {
        steps = List.copyOf(steps);
    }

    public boolean active() {
        return status == Status.SCHEDULED || status == Status.RUNNING;
    }

    public Cycle withSteps(List<Step> steps) {
        return new Cycle(id, creditor, trigger, slot, status, missedSlots, missedFrom, note, scheduledAt, startedAt,
                finishedAt, durationMillis, steps);
    }
}
