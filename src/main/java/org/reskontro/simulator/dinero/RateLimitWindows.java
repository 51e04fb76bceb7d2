package org.reskontro.simulator.dinero;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Dinero's limit of N requests a minute per organisation, as fixed windows on the clock's minutes. A limit of
 * 0 switches it off.
 */
final class RateLimitWindows {

    private record Window(long minute, int requests) {
    }

    private final Clock clock;
    private final int limitPerMinute;
    private final Map<Integer, Window> windows = new HashMap<>();

    RateLimitWindows(Clock clock, int limitPerMinute) {
        if (limitPerMinute < 0) {
            throw new IllegalArgumentException("The rate limit must be 0 (off) or positive, not " + limitPerMinute);
        }
        this.clock = clock;
        this.limitPerMinute = limitPerMinute;
    }

    /** Counts a request; empty if it may pass, else the whole seconds until the window ends (at least 1). */
    synchronized OptionalLong admit(int organisationId) {
        if (limitPerMinute == 0) {
            return OptionalLong.empty();
        }
        long second = clock.instant().getEpochSecond();
        long minute = Math.floorDiv(second, 60);
        Window window = windows.get(organisationId);
        int requests = window == null || window.minute() != minute ? 1 : window.requests() + 1;
        windows.put(organisationId, new Window(minute, requests));
        if (requests <= limitPerMinute) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (minute + 1) * 60 - second));
    }
}
