package org.reskontro.platform.web;

/**
 * One client's token bucket: it holds up to {@code capacity} tokens, a request takes one, and one token comes back
 * every {@code nanosPerToken}. Time is passed in (nanoseconds on the application clock), so tests move it by hand.
 * Not thread-safe: {@link ClientRateLimiter} guards every bucket with its own lock.
 */
final class TokenBucket {

    private final long capacity;
    private final long nanosPerToken;
    private long tokens;
    private long refilledAt;
    private long lastSeen;

    TokenBucket(long capacity, long nanosPerToken, long now) {
        this.capacity = capacity;
        this.nanosPerToken = nanosPerToken;
        this.tokens = capacity;
        this.refilledAt = now;
        this.lastSeen = now;
    }

    /** Takes a token: 0 when there was one, otherwise the nanoseconds until the next one comes back. */
    long take(long now) {
        refill(now);
        lastSeen = now;
        if (tokens > 0) {
            tokens--;
            return 0;
        }
        return nanosPerToken - (now - refilledAt);
    }

    /** A bucket untouched for a full refill is full again, so forgetting it loses nothing. */
    boolean idle(long now) {
        return now - lastSeen >= capacity * nanosPerToken;
    }

    long tokens() {
        return tokens;
    }

    private void refill(long now) {
        if (now < refilledAt) {
            refilledAt = now; // the clock went back: count from here rather than wait for it to catch up
            return;
        }
        long earned = (now - refilledAt) / nanosPerToken;
        if (earned >= capacity - tokens) {
            tokens = capacity;
            refilledAt = now;
        } else if (earned > 0) {
            tokens += earned;
            refilledAt += earned * nanosPerToken;
        }
    }
}
