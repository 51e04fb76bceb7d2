package org.reskontro.shared;

import java.util.Objects;
import java.util.UUID;

/** The tenant: every row of creditor data carries one, and every query is bounded by one. */
public record CreditorId(UUID value) {

    public CreditorId {
        Objects.requireNonNull(value, "value");
    }

    public static CreditorId of(String value) {
        return new CreditorId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
