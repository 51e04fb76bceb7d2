package org.reskontro.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A token bucket per client, on the application clock. Memory stays bounded: buckets idle long enough to be full
 * again are dropped, and beyond {@code maxClients} the least recently seen client is forgotten (it starts again
 * with a full bucket). One lock guards the map; the calculators it protects are cheap, so it is never held long.
 */
public final class ClientRateLimiter {

    /** Allowed, or refused with the time until the client's next request can succeed. */
    public record Decision(boolean allowed, Duration retryAfter) {

        static final Decision ALLOWED = new Decision(true, Duration.ZERO);

        /** Whole seconds for a Retry-After header, rounded up and at least 1. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toNanos() + 999_999_999L) / 1_000_000_000L);
        }
    }

    private final Clock clock;
    private final int capacity;
    private final long nanosPerToken;
    private final int maxClients;
    /** In access order: the head is the client seen longest ago. */
    private final LinkedHashMap<String, TokenBucket> buckets = new LinkedHashMap<>(64, 0.75f, true);

    /**
     * @param capacity        the burst a client may send at once
     * @param refillPerMinute tokens that come back per minute: the sustained rate
     * @param maxClients      the most clients remembered at once
     */
    public ClientRateLimiter(Clock clock, int capacity, int refillPerMinute, int maxClients) {
        if (capacity < 1 || refillPerMinute < 1 || maxClients < 1) {
            throw new IllegalArgumentException("A rate limit needs a capacity, a refill per minute and a number of"
                    + " clients of at least 1 (got " + capacity + ", " + refillPerMinute + ", " + maxClients + ")");
        }
        this.clock = clock;
        this.capacity = capacity;
        this.nanosPerToken = Math.max(1, Duration.ofMinutes(1).toNanos() / refillPerMinute);
        this.maxClients = maxClients;
    }

    public Decision tryAcquire(String client) {
        long now = nanos(clock.instant());
        synchronized (buckets) {
            forgetIdle(now);
            TokenBucket bucket = buckets.get(client);
            if (bucket == null) {
                if (buckets.size() >= maxClients) {
                    Iterator<TokenBucket> eldest = buckets.values().iterator();
                    eldest.next();
                    eldest.remove();
                }
                bucket = new TokenBucket(capacity, nanosPerToken, now);
                buckets.put(client, bucket);
            }
            long wait = bucket.take(now);
            return wait == 0 ? Decision.ALLOWED : new Decision(false, Duration.ofNanos(wait));
        }
    }

    /** How many clients are remembered now. */
    public int clients() {
        synchronized (buckets) {
            return buckets.size();
        }
    }

    private void forgetIdle(long now) {
        Iterator<Map.Entry<String, TokenBucket>> oldestFirst = buckets.entrySet().iterator();
        while (oldestFirst.hasNext() && oldestFirst.next().getValue().idle(now)) {
            oldestFirst.remove();
        }
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
