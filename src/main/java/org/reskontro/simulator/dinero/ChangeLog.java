package org.reskontro.simulator.dinero;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Which voucher changed when, in the order the changes were made: two growing arrays, so a million vouchers cost a
 * few tens of megabytes rather than a tree of objects, and a range is one pass over primitive times (milliseconds for
 * millions of changes), whatever order the simulator's clock put them in. Not thread-safe: the books hold the lock.
 */
final class ChangeLog {

    private long[] nanos = new long[1024];
    private UUID[] guids = new UUID[1024];
    private int size;

    void add(Instant at, UUID guid) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
            guids = Arrays.copyOf(guids, size * 2);
        }
        nanos[size] = nanosOf(at);
        guids[size] = guid;
        size++;
    }

    /** The vouchers changed from {@code from} (inclusive) to {@code to} (exclusive), each once. */
    Set<UUID> changed(Instant from, Instant to) {
        long start = nanosOf(from);
        long end = nanosOf(to);
        Set<UUID> changed = new LinkedHashSet<>();
        for (int i = 0; i < size; i++) {
            if (nanos[i] >= start && nanos[i] < end) {
                changed.add(guids[i]);
            }
        }
        return changed;
    }

    /** Saturates far outside the simulator's years (Instant.MAX as an open end). */
    private static long nanosOf(Instant at) {
        long seconds = at.getEpochSecond();
        if (seconds >= Long.MAX_VALUE / 1_000_000_000L) {
            return Long.MAX_VALUE;
        }
        if (seconds <= Long.MIN_VALUE / 1_000_000_000L) {
            return Long.MIN_VALUE;
        }
        return seconds * 1_000_000_000L + at.getNano();
    }
}
