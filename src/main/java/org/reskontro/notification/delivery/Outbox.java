package org.reskontro.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.reskontro.notification.Channel;
import org.reskontro.notification.NoSuchNoticeException;
import org.reskontro.notification.NotEmailedException;
import org.reskontro.notification.NoticeEvent;
import org.reskontro.notification.NoticeId;
import org.reskontro.notification.NoticeStatus;
import org.reskontro.notification.NotificationProperties;
import org.reskontro.notification.mail.MailDelivery;
import org.reskontro.notification.mail.OutgoingMail;
import org.reskontro.notification.persistence.NoticeRows;
import org.reskontro.notification.persistence.NoticeRows.NoticeKey;
import org.reskontro.notification.persistence.NoticeRows.Stored;
import org.reskontro.shared.CreditorId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Persist, then send (ADR 13). A notice is committed before its e-mail goes to the SMTP server, and SENT is
 * recorded only after the server accepted it; each step commits in a transaction of its own, whatever the caller
 * runs in, so a caller's rollback never un-records a mail that went out. If the process stops between the
 * server's acceptance and that commit, the notice is still PENDING and a later retry sends it once more: at most one
 * duplicate e-mail, carrying the same Message-ID, is the accepted price for never losing one.
 */
@Component
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    private static final int CLAIM_SIZE = 50;
    private static final int MAX_PER_RUN = 500;

    private final NoticeRows rows;
    private final MailDelivery mail;
    private final NotificationProperties settings;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    Outbox(NoticeRows rows, MailDelivery mail, NotificationProperties settings, Clock clock,
           PlatformTransactionManager transactions) {
        this.rows = rows;
        this.mail = mail;
        this.settings = settings;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** How long a notice being sent is left alone by retry runs. */
    public java.time.Duration lease() {
        return settings.sendLease();
    }

    public String messageId(NoticeId id) {
        return mail.messageId(id);
    }

    /** Records a new notice with its first history entries; false if its idempotency key was taken meanwhile. */
    public boolean record(NoticeRows.NewNotice notice) {
        Boolean recorded = ownTransaction.execute(status -> {
            if (!rows.insert(notice)) {
                return false;
            }
            NoticeState state = notice.state();
            Instant at = notice.createdAt();
            rows.event(notice.creditor(), notice.id(), at, NoticeEvent.Type.RECORDED, notice.kind() + " by "
                    + notice.requested() + " in " + notice.language().toLanguageTag());
            if (state.fallback() != null && state.status() != NoticeStatus.FAILED) {
                rows.event(notice.creditor(), notice.id(), at, NoticeEvent.Type.FALLBACK, state.channel() + ": "
                        + state.fallbackReason());
            }
            if (state.status() == NoticeStatus.FAILED) {
                rows.event(notice.creditor(), notice.id(), at, NoticeEvent.Type.UNDELIVERABLE, state.failure());
            }
            if (state.letter() == NoticeStatus.PRINT_QUEUED) {
                rows.event(notice.creditor(), notice.id(), at, NoticeEvent.Type.PRINT_QUEUED, null);
            }
            return true;
        });
        return Boolean.TRUE.equals(recorded);
    }

    /** Hands the notice's e-mail to the SMTP server now and records what happened. */
    public void attempt(CreditorId creditor, NoticeId id) {
        OutgoingMail outgoing = rows.outgoing(creditor, id)
                .orElseThrow(() -> new NoSuchNoticeException("No notice " + id + " of creditor " + creditor));
        MailDelivery.Result result = mail.send(outgoing);
        Instant at = clock.instant();
        switch (result) {
            case MailDelivery.Result.Accepted accepted -> transition(creditor, id, stored -> {
                if (!stored.state().awaitsSending()) {
                    return;
                }
                rows.save(creditor, id, stored.state().sent(), Map.of("sent_at", at));
                rows.event(creditor, id, at, NoticeEvent.Type.SENT, "Accepted by the SMTP server for "
                        + outgoing.to() + " as " + outgoing.messageId());
            });
            case MailDelivery.Result.Failed failed -> transition(creditor, id, stored -> {
                if (!stored.state().awaitsSending()) {
                    return;
                }
                NoticeState next = stored.state().failed(failed.error(), at, settings.retrySchedule(),
                        stored.postalAddress());
                rows.save(creditor, id, next, Map.of());
                rows.event(creditor, id, at, NoticeEvent.Type.SEND_FAILED, "Attempt " + next.attempts() + ": "
                        + failed.error() + (next.nextAttemptAt() == null ? "" : "; next attempt " + next.nextAttemptAt()));
                gaveUp(creditor, id, stored.state(), next, at);
            });
        }
    }

    private void gaveUp(CreditorId creditor, NoticeId id, NoticeState before, NoticeState after, Instant at) {
        if (after.nextAttemptAt() != null) {
            return;
        }
        log.warn("Gave up e-mailing notice {} of creditor {} after {} attempts: {}", id, creditor, after.attempts(),
                after.failure());
        if (after.channel() == Channel.LETTER && before.channel() != Channel.LETTER) {
            rows.event(creditor, id, at, NoticeEvent.Type.FALLBACK, "LETTER: " + after.fallbackReason());
            if (before.letter() == null) {
                rows.event(creditor, id, at, NoticeEvent.Type.PRINT_QUEUED, null);
            }
        } else if (after.letter() == null) {
            rows.event(creditor, id, at, NoticeEvent.Type.UNDELIVERABLE, "The e-mail failed " + after.attempts()
                    + " times and there is no postal address");
        }
    }

    /** Sends every e-mail whose next attempt is due at {@code now}, in bounded runs; returns how many it tried. */
    public int retryDue(Instant now) {
        int tried = 0;
        while (tried < MAX_PER_RUN) {
            List<NoticeKey> due = ownTransaction.execute(status ->
                    rows.claimDue(now, now.plus(settings.sendLease()), CLAIM_SIZE));
            if (due == null || due.isEmpty()) {
                break;
            }
            for (NoticeKey notice : due) {
                try {
                    attempt(notice.creditor(), notice.id());
                } catch (RuntimeException e) {
                    // The claim's lease runs out and a later run tries again; one bad notice does not stop the rest.
                    log.error("Could not retry notice {} of creditor {}", notice.id(), notice.creditor(), e);
                }
                tried++;
            }
            if (due.size() < CLAIM_SIZE) {
                break;
            }
        }
        return tried;
    }

    /** Records a bounce; a letter is queued instead where there is a postal address. Repeating it changes nothing. */
    public void bounce(CreditorId creditor, NoticeId id, String reason) {
        Instant at = clock.instant();
        transition(creditor, id, stored -> {
            NoticeState state = stored.state();
            if (state.email() == null) {
                throw new NotEmailedException(id);
            }
            if (state.email() == NoticeStatus.BOUNCED) {
                return;
            }
            NoticeState next = state.bounced(reason, stored.postalAddress());
            rows.save(creditor, id, next, Map.of("bounce_reason", reason, "bounced_at", at));
            rows.event(creditor, id, at, NoticeEvent.Type.BOUNCED, reason);
            if (next.letter() == NoticeStatus.PRINT_QUEUED && state.letter() == null) {
                rows.event(creditor, id, at, NoticeEvent.Type.FALLBACK, "LETTER: " + next.fallbackReason());
                rows.event(creditor, id, at, NoticeEvent.Type.PRINT_QUEUED, null);
            }
        });
    }

    private void transition(CreditorId creditor, NoticeId id, java.util.function.Consumer<Stored> change) {
        ownTransaction.executeWithoutResult(status -> change.accept(rows.lock(creditor, id)
                .orElseThrow(() -> new NoSuchNoticeException("No notice " + id + " of creditor " + creditor))));
    }
}
