package org.reskontro.scheduling.cycle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.scheduling.persistence.DispatchCursors;
import org.reskontro.shared.CreditorId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Looks, once a minute, for cycle times that have passed since it last looked, and schedules one cycle per
 * creditor for the latest of them. Safe on several nodes at once: a slot becomes one cycle whoever sees it first.
 */
@Component
public class CycleDispatcher {

    /**
     * How far back a creditor seen for the first time is looked at: far enough for one registered just before a
     * cycle time to get that cycle, short enough that creditors older than the cycles do not all start by catching up.
     */
    static final Duration FIRST_LOOK_BACK = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(CycleDispatcher.class);

    private final Creditors creditors;
    private final CycleQueue queue;
    private final DispatchCursors cursors;
    private final Clock clock;

    CycleDispatcher(Creditors creditors, CycleQueue queue, DispatchCursors cursors, Clock clock) {
        this.creditors = creditors;
        this.queue = queue;
        this.cursors = cursors;
        this.clock = clock;
    }

    /** Dispatches every creditor's due cycle; returns how many cycles it scheduled. */
    public int dispatch() {
        return dispatch(creditors.all());
    }

    /** Dispatches the given creditors only (tests keep to their own creditors this way). */
    public int dispatch(Collection<Creditor> candidates) {
        Instant now = clock.instant();
        Map<CreditorId, Instant> lookedThrough = cursors.all();
        List<CreditorId> done = new ArrayList<>();
        int scheduled = 0;
        for (Creditor creditor : candidates) {
            Instant after = lookedThrough.getOrDefault(creditor.id(), latest(creditor.createdAt(), now.minus(FIRST_LOOK_BACK)));
            try {
                // Without an accounting system a cycle has nothing to do; its slots pass unscheduled.
                Optional<CycleTimes.DueSlot> due = creditor.connection() == null ? Optional.empty()
                        : new CycleTimes(creditor.cycleTimes(), creditor.timeZone()).latestDue(after, now);
                if (due.isPresent() && queue.slot(creditor.id(), due.get()).isPresent()) {
                    scheduled++;
                }
                done.add(creditor.id());
            } catch (RuntimeException e) {
                // Its cursor stays put, so the next dispatch tries this creditor's slot again.
                log.error("Could not dispatch the cycle of creditor {}", creditor.id(), e);
            }
        }
        cursors.advance(done, now);
        return scheduled;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
