package org.reskontro.dunning;

import java.time.LocalDate;

/**
 * A person's decision on one invoice: pause it until a day, mark it disputed, or choose its next step (by the
 * policy's step number, 1-based as shown). Null fields clear that part.
 */
public record ClaimHoldInput(LocalDate pausedUntil, Boolean disputed, Integer nextStep, String reason) {

    public boolean isDisputed() {
        return Boolean.TRUE.equals(disputed);
    }
}
