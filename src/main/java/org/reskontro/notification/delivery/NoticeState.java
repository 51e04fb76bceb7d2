package org.reskontro.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import org.reskontro.notification.Channel;
import org.reskontro.notification.Fallback;
import org.reskontro.notification.NoticeStatus;

/**
 * The delivery state of one notice and its transitions, free of storage. The e-mail part (PENDING → SENT, or
 * FAILED and tried again until the retry schedule gives up; SENT → BOUNCED) and the letter part (PRINT_QUEUED →
 * PRINTED) move on their own; {@link #status()} is the e-mail's state where the notice is e-mailed, else the
 * letter's. An e-mail that is given up on or bounces is replaced by a letter where there is a postal address.
 *
 * @param nextAttemptAt when the e-mail is (re)tried: set while it waits, null once it is sent or given up
 */
public record NoticeState(Channel channel, NoticeStatus email, NoticeStatus letter, Fallback fallback,
                          String fallbackReason, String failure, int attempts, Instant nextAttemptAt) {

    /**
     * A new notice. An e-mail waits for its first attempt, due at once by the caller; {@code lease} later a retry run
     * picks it up, in case the process stopped before it was sent.
     */
    public static NoticeState initial(ChannelChoice choice, Instant now, Duration lease) {
        if (!choice.deliverable()) {
            return new NoticeState(choice.used(), null, null, choice.fallback(), choice.reason(), choice.reason(), 0,
                    null);
        }
        Channel used = choice.used();
        return new NoticeState(used, used.emails() ? NoticeStatus.PENDING : null,
                used.prints() ? NoticeStatus.PRINT_QUEUED : null, choice.fallback(), choice.reason(), null, 0,
                used.emails() ? now.plus(lease) : null);
    }

    public NoticeStatus status() {
        if (channel.emails() && email != null) {
            return email;
        }
        return letter != null ? letter : NoticeStatus.FAILED;
    }

    /** Whether the e-mail still waits to be handed to the SMTP server (first attempt or a retry). */
    public boolean awaitsSending() {
        return channel.emails() && (email == NoticeStatus.PENDING || email == NoticeStatus.FAILED)
                && nextAttemptAt != null;
    }

    /** The SMTP server accepted the e-mail. */
    public NoticeState sent() {
        return new NoticeState(channel, NoticeStatus.SENT, letter, fallback, fallbackReason, null, attempts + 1, null);
    }

    /**
     * An attempt failed with {@code error}: tried again later, or after the last attempt given up and replaced by a
     * letter ({@code postalAddress}) or left failed (none).
     */
    public NoticeState failed(String error, Instant at, RetrySchedule schedule, boolean postalAddress) {
        int made = attempts + 1;
        if (schedule.triesAgain(made)) {
            return new NoticeState(channel, NoticeStatus.FAILED, letter, fallback, fallbackReason, error, made,
                    schedule.nextAttempt(at, made));
        }
        if (!postalAddress) {
            return new NoticeState(channel, NoticeStatus.FAILED, letter, fallback, fallbackReason, error, made, null);
        }
        return new NoticeState(Channel.LETTER, NoticeStatus.FAILED, letter == null ? NoticeStatus.PRINT_QUEUED : letter,
                Fallback.EMAIL_FAILED, "The e-mail failed " + made + (made == 1 ? " time" : " times")
                + "; a letter is sent instead. Last error: " + error, error, made, null);
    }

    /** The e-mail came back; a letter goes instead where there is a postal address and none is queued yet. */
    public NoticeState bounced(String reason, boolean postalAddress) {
        if (!postalAddress || letter != null) {
            return new NoticeState(channel, NoticeStatus.BOUNCED, letter, fallback, fallbackReason, failure, attempts,
                    null);
        }
        return new NoticeState(Channel.EMAIL_AND_LETTER, NoticeStatus.BOUNCED, NoticeStatus.PRINT_QUEUED,
                Fallback.EMAIL_BOUNCED, "The e-mail bounced (" + reason + "); a letter is sent instead", failure,
                attempts, null);
    }

    public NoticeState printed() {
        if (letter != NoticeStatus.PRINT_QUEUED) {
            throw new IllegalStateException("Only a queued letter can be printed, not one that is " + letter);
        }
        return new NoticeState(channel, email, NoticeStatus.PRINTED, fallback, fallbackReason, failure, attempts,
                nextAttemptAt);
    }
}
