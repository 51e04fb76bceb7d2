package org.reskontro.notification.delivery;

import java.time.Duration;
import java.time.Instant;

/**
 * When a failed e-mail is tried again: after {@code firstDelay}, then twice as long each time (5, 10, 20, 40 minutes
 * with the defaults), at most {@code maxAttempts} attempts in all; after the last one the notice falls back to a
 * letter. The delay never exceeds six hours, however large the settings.
 */
public record RetrySchedule(int maxAttempts, Duration firstDelay) {

    private static final Duration LONGEST = Duration.ofHours(6);

    public RetrySchedule {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("reskontro.notification.max-attempts must be at least 1");
        }
        if (firstDelay.isNegative() || firstDelay.isZero()) {
            throw new IllegalArgumentException("reskontro.notification.retry-delay must be positive");
        }
    }

    /** Whether another attempt follows once {@code attemptsMade} attempts have failed. */
    public boolean triesAgain(int attemptsMade) {
        return attemptsMade < maxAttempts;
    }

    /** When the next attempt is due after {@code attemptsMade} failed ones. */
    public Instant nextAttempt(Instant failedAt, int attemptsMade) {
        Duration delay = firstDelay;
        for (int i = 1; i < attemptsMade && delay.compareTo(LONGEST) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return failedAt.plus(delay.compareTo(LONGEST) > 0 ? LONGEST : delay);
    }
}
