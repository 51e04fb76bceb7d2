package org.reskontro.ledger;

import java.util.UUID;

public record SyncRunId(UUID value) {

    public static SyncRunId of(String value) {
        return new SyncRunId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
