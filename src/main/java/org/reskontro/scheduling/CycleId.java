package org.reskontro.scheduling;

import java.util.UUID;

/** One run of a creditor's cycle. */
public record CycleId(UUID value) {

    public static CycleId of(String value) {
        return new CycleId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
