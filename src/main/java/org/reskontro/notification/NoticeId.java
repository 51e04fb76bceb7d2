package org.reskontro.notification;

import java.util.Objects;
import java.util.UUID;

public record NoticeId(UUID value) {

    public NoticeId {
        Objects.requireNonNull(value, "value");
    }

    public static NoticeId of(String value) {
        return new NoticeId(UUID.fromString(value));
    }

    public static NoticeId random() {
        return new NoticeId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
