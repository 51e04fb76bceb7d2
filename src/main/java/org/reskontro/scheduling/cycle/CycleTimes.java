package org.reskontro.scheduling.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A creditor's cycle times as instants ("slots"). A time in a daylight-saving gap runs when the clocks have jumped
 * (02:30 on the spring-forward day is 03:30 summer time); a time that occurs twice on the fall-back day runs at
 * its first occurrence only. Either way a local time yields one slot per day, and two times that fall on the same
 * instant yield one slot.
 */
public record CycleTimes(List<LocalTime> times, ZoneId zone) {

    public CycleTimes {
        if (times.isEmpty()) {
            throw new IllegalArgumentException("A creditor has at least one cycle time");
        }
        times = List.copyOf(times);
    }

    /** The slots after {@code after} up to and including {@code upTo}, oldest first. */
    public List<Instant> between(Instant after, Instant upTo) {
        TreeSet<Instant> slots = new TreeSet<>();
        LocalDate last = LocalDate.ofInstant(upTo, zone);
        // From the day before: in a few zones a gap at 23:00 moves a late time onto the next day.
        for (LocalDate day = LocalDate.ofInstant(after, zone).minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            for (LocalTime time : times) {
                Instant slot = slot(day, time);
                if (slot.isAfter(after) && !slot.isAfter(upTo)) {
                    slots.add(slot);
                }
            }
        }
        return new ArrayList<>(slots);
    }

    /** The first slot after the instant. */
    public Instant next(Instant after) {
        LocalDate day = LocalDate.ofInstant(after, zone);
        // Two days ahead always holds one: every day has a slot for each time.
        return between(after, slot(day.plusDays(2), LocalTime.MAX)).getFirst();
    }

    /**
     * The latest slot after {@code after} up to {@code upTo}, if any. After downtime only that one is due: earlier
     * ones are passed over (and counted) rather than run back to back on stale grounds.
     */
    public Optional<DueSlot> latestDue(Instant after, Instant upTo) {
        List<Instant> slots = between(after, upTo);
        if (slots.isEmpty()) {
            return Optional.empty();
        }
        Instant missedFrom = slots.size() > 1 ? slots.getFirst() : null;
        return Optional.of(new DueSlot(slots.getLast(), slots.size() - 1, missedFrom));
    }

    private Instant slot(LocalDate day, LocalTime time) {
        // ZonedDateTime.of moves a time in a gap forward by the gap and takes the earlier offset in an overlap.
        return ZonedDateTime.of(day, time, zone).toInstant();
    }

    /** A slot that is due, and the earlier slots it stands in for ({@code missedFrom} is null when none). */
    public record DueSlot(Instant slot, int missed, Instant missedFrom) {
    }
}
