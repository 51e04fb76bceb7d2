package org.reskontro.notification;

import java.time.Instant;
import java.util.List;

/** An e-mail the demo mail catcher received; {@code number} counts from 1 in the order they arrived. */
public record CaughtMail(int number, String from, List<String> to, String subject, Instant sentAt, String text,
                         List<String> attachmentNames) {
}
