package org.reskontro.notification;

import java.time.Instant;

/** One step in a notice's history: recorded, fell back, a send attempt failed, sent, queued, printed, bounced. */
public record NoticeEvent(Instant at, Type type, String detail) {

    public enum Type { RECORDED, FALLBACK, SEND_FAILED, SENT, PRINT_QUEUED, PRINTED, BOUNCED, UNDELIVERABLE }
}
