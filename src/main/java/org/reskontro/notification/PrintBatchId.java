package org.reskontro.notification;

import java.util.Objects;
import java.util.UUID;

public record PrintBatchId(UUID value) {

    public PrintBatchId {
        Objects.requireNonNull(value, "value");
    }

    public static PrintBatchId of(String value) {
        return new PrintBatchId(UUID.fromString(value));
    }

    public static PrintBatchId random() {
        return new PrintBatchId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
