package org.reskontro.notification;

import java.time.Duration;
import org.reskontro.notification.delivery.RetrySchedule;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the notification module.
 *
 * @param from        the e-mails' From address (the creditor's name is its display name, its own address the
 *                    Reply-To); it also names the domain of each Message-ID
 * @param maxAttempts SMTP attempts per e-mail before it is replaced by a letter
 * @param retryDelay  the wait after the first failed attempt; it doubles after each further one
 * @param sendLease   how long a notice being sent is left alone by retry runs on any node; longer than the SMTP
 *                    client's timeouts together
 */
@ConfigurationProperties("reskontro.notification")
public record NotificationProperties(String from, Integer maxAttempts, Duration retryDelay, Duration sendLease) {

    public NotificationProperties {
        from = from == null || from.isBlank() ? "reskontro@localhost" : from.trim();
        maxAttempts = maxAttempts == null ? 5 : maxAttempts;
        retryDelay = retryDelay == null ? Duration.ofMinutes(5) : retryDelay;
        sendLease = sendLease == null ? Duration.ofMinutes(10) : sendLease;
    }

    public RetrySchedule retrySchedule() {
        return new RetrySchedule(maxAttempts, retryDelay);
    }
}
