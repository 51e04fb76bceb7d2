package org.reskontro.creditors;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a creditor's cycle times must be: 1 to 24 distinct whole minutes of the day. Whole minutes because the
 * dispatcher looks once a minute; at most 24 because a cycle (syncs, PDFs, later fees) can take up to half an hour.
 */
final class CycleTimesRule {

    static final int MAX = 24;

    private CycleTimesRule() {
    }

    /** The times sorted, or field problems under "cycleTimes". */
    static List<LocalTime> sorted(List<LocalTime> times) {
        if (times == null || times.isEmpty()) {
            throw problem("At least one cycle time is required");
        }
        if (times.stream().anyMatch(t -> t == null)) {
            throw problem("A cycle time is missing");
        }
        TreeSet<LocalTime> distinct = new TreeSet<>(times);
        if (distinct.size() != times.size()) {
            throw problem("Each cycle time may appear only once");
        }
        if (distinct.size() > MAX) {
            throw problem("At most " + MAX + " cycle times a day");
        }
        if (distinct.stream().anyMatch(t -> t.getSecond() != 0 || t.getNano() != 0)) {
            throw problem("Cycle times are whole minutes (HH:mm)");
        }
        return List.copyOf(distinct);
    }

    private static InvalidCreditorException problem(String message) {
        return new InvalidCreditorException(Map.of("cycleTimes", message));
    }
}
