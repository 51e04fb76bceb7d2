package org.reskontro.notification;

/**
 * What became of a notice: {@code used} is the channel it actually went by, {@code fallbackReason} why that differs
 * from the one asked for (null if it does not), {@code failure} the last send error or why nothing could be sent.
 */
public record NoticeOutcome(NoticeId id, NoticeStatus status, Channel used, String fallbackReason, String failure) {
}
