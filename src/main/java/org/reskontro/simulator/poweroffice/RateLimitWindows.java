package org.reskontro.simulator.poweroffice;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The gateway's throttle: N requests a second per subscription key, whatever the client key (developer portal,
 * "Requests / Throttling"), as fixed one-second windows on the clock. A limit of 0 switches it off.
 */
final class RateLimitWindows {

    private record Window(long second, int requests) {
    }

    private final Clock clock;
    private final int limitPerSecond;
    private final Map<String, Window> windows = new HashMap<>();

    RateLimitWindows(Clock clock, int limitPerSecond) {
        if (limitPerSecond < 0) {
            throw new IllegalArgumentException("The rate limit must be 0 (off) or positive, not " + limitPerSecond);
        }
        this.clock = clock;
        this.limitPerSecond = limitPerSecond;
    }

    /** Counts a request; empty if it may pass, else the whole seconds to wait (1: the next window). */
    synchronized OptionalLong admit(String subscriptionKey) {
        if (limitPerSecond == 0) {
            return OptionalLong.empty();
        }
        long second = clock.instant().getEpochSecond();
        Window window = windows.get(subscriptionKey);
        int requests = window == null || window.second() != second ? 1 : window.requests() + 1;
        windows.put(subscriptionKey, new Window(second, requests));
        return requests <= limitPerSecond ? OptionalLong.empty() : OptionalLong.of(1);
    }
}
