package org.reskontro.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.reskontro.notification.delivery.ChannelChoice;
import org.reskontro.notification.delivery.NoticeState;
import org.reskontro.notification.delivery.Outbox;
import org.reskontro.notification.mail.MailDelivery;
import org.reskontro.notification.persistence.NoticeRows;
import org.reskontro.notification.print.PrintRoom;
import org.reskontro.notification.render.Languages;
import org.reskontro.notification.render.NoticeRenderer;
import org.reskontro.notification.render.PrintBatchPdf;
import org.reskontro.shared.CreditorId;
import org.springframework.stereotype.Service;

/**
 * Sends notices and keeps their record (ADR 13). {@link #dispatch} renders the letter's PDF (always: it goes with
 * the e-mail and is the record of what was sent), records the notice, then e-mails it or queues it for print;
 * repeating a request with the same idempotency key returns the first outcome and sends nothing. Failed e-mails
 * are retried by {@link #retryFailed} and end as letters; bounces are recorded and answered with a letter. Methods
 * do not check who is signed in: the console and the API do, and the dunning run has no user.
 */
@Service
public class Notifications {

    private final NoticeRows rows;
    private final NoticeRenderer renderer;
    private final Outbox outbox;
    private final PrintRoom printRoom;
    private final Clock clock;

    Notifications(NoticeRows rows, NoticeRenderer renderer, Outbox outbox, PrintRoom printRoom, Clock clock) {
        this.rows = rows;
        this.renderer = renderer;
        this.outbox = outbox;
        this.printRoom = printRoom;
        this.clock = clock;
    }

    /**
     * Sends the notice by its channel (or the fallback one) and returns what became of it. The same creditor and
     * idempotency key again returns the first outcome, as it stands now, and sends nothing. An SMTP failure is not
     * thrown: it comes back as FAILED and is retried. Commits on its own, whatever transaction the caller runs in.
     *
     * @throws InvalidNoticeException if the request cannot be sent as it stands (nothing is recorded)
     */
    public NoticeOutcome dispatch(NoticeRequest request) {
        Optional<NoticeView> earlier = rows.findByKey(request.creditor(), request.idempotencyKey());
        if (earlier.isPresent()) {
            return earlier.get().outcome();
        }
        Optional<NoticeId> recorded = record(request);
        if (recorded.isEmpty()) { // another call with the same key was first
            return rows.findByKey(request.creditor(), request.idempotencyKey()).orElseThrow().outcome();
        }
        NoticeId id = recorded.get();
        if (rows.find(request.creditor(), id).orElseThrow().nextAttemptAt() != null) {
            outbox.attempt(request.creditor(), id);
        }
        return rows.find(request.creditor(), id).orElseThrow().outcome();
    }

    /** The PDF the notice would be, without recording or sending anything (previews, benchmarks). */
    public byte[] preview(NoticeRequest request) {
        requireReadablePdfs(request);
        return renderer.render(request).pdf();
    }

    /**
     * Renders and commits the notice without sending it: the first half of {@link #dispatch}, and the state a
     * notice is left in if the process stops before its first attempt. Empty if the key was taken meanwhile.
     */
    Optional<NoticeId> record(NoticeRequest request) {
        requireReadablePdfs(request);
        NoticeRenderer.Rendered rendered = renderer.render(request);
        NoticeId id = NoticeId.random();
        Instant now = clock.instant();
        NoticeState state = NoticeState.initial(ChannelChoice.of(request.channel(), request.recipient()), now,
                outbox.lease());
        boolean recorded = outbox.record(new NoticeRows.NewNotice(request.creditor(), id, request.idempotencyKey(),
                request.kind(), request.channel(), state, Languages.of(request.language()), request.sender().name(),
                usableOrNull(request.sender().email()), request.recipient().name(),
                blankToNull(request.recipient().email()), request.recipient().address(), rendered.content().subject(),
                rendered.mailText(), rendered.content().fileName(), rendered.pdf(), request.date(), request.deadline(),
                request.total(), request.paymentReference(), state.channel().emails() ? outbox.messageId(id) : null,
                request.attachments(), now));
        return recorded ? Optional.of(id) : Optional.empty();
    }

    /**
     * Tries again every e-mail whose next attempt is due at {@code now} (the scheduler calls this every minute);
     * after the last attempt an e-mail becomes a letter. Each e-mail is claimed by one node at a time. Returns how
     * many it tried.
     */
    public int retryFailed(Instant now) {
        return outbox.retryDue(now);
    }

    /**
     * Records that the notice's e-mail bounced; a letter is queued instead where there is a postal address.
     * Recording the same bounce again changes nothing.
     *
     * @throws NoSuchNoticeException if the creditor has no such notice
     * @throws NotEmailedException if the notice was never e-mailed
     */
    public void recordBounce(CreditorId creditor, NoticeId id, String reason) {
        outbox.bounce(creditor, id, reasonOrDefault(reason));
    }

    /** Records a bounce found by the returned e-mail's Message-ID (an inbound bounce handler); empty if unknown. */
    public Optional<NoticeId> recordBounce(String messageId, String reason) {
        if (messageId == null || messageId.isBlank()) {
            return Optional.empty();
        }
        String id = messageId.trim();
        return rows.findByMessageId(id.startsWith("<") ? id : "<" + id + ">").map(key -> {
            outbox.bounce(key.creditor(), key.id(), reasonOrDefault(reason));
            return key.id();
        });
    }

    /** The creditor's notices, newest first. */
    public List<NoticeView> notices(CreditorId creditor, int limit) {
        return rows.list(creditor, Math.clamp(limit, 1, 1_000));
    }

    public Optional<NoticeView> notice(CreditorId creditor, NoticeId id) {
        return rows.find(creditor, id);
    }

    /** What happened to the notice, oldest first. */
    public List<NoticeEvent> history(CreditorId creditor, NoticeId id) {
        return rows.history(creditor, id);
    }

    /** The letter's PDF, as sent or printed. */
    public byte[] pdf(CreditorId creditor, NoticeId id) {
        return rows.pdf(creditor, id).orElseThrow(() -> new NoSuchNoticeException("No notice " + id));
    }

    /** The attachments that went with the notice. */
    public List<Attachment> attachments(CreditorId creditor, NoticeId id) {
        return rows.attachments(creditor, id);
    }

    /**
     * One PDF of all the creditor's queued letters (each starting on a new page, its PDF enclosures after it),
     * stored and the letters marked PRINTED in the same transaction.
     *
     * @throws NothingToPrintException if no letter waits
     */
    public PrintBatch printBatch(CreditorId creditor) {
        return printRoom.print(creditor);
    }

    /** A batch made earlier, to download again. */
    public Optional<PrintBatch> printBatch(CreditorId creditor, PrintBatchId id) {
        return printRoom.batch(creditor, id);
    }

    public List<PrintBatchSummary> printBatches(CreditorId creditor, int limit) {
        return printRoom.batches(creditor, Math.clamp(limit, 1, 1_000));
    }

    /** How many letters wait for the next print batch. */
    public int queuedLetters(CreditorId creditor) {
        return printRoom.queued(creditor);
    }

    /** A PDF enclosure the print batch could not read would stop the whole batch; better refuse it now. */
    private static void requireReadablePdfs(NoticeRequest request) {
        for (Attachment attachment : request.attachments()) {
            if (attachment.isPdf() && !PrintBatchPdf.readable(attachment.content())) {
                throw new InvalidNoticeException("The attachment " + attachment.fileName() + " is not a readable PDF");
            }
        }
    }

    private static String usableOrNull(String email) {
        return org.reskontro.notification.delivery.EmailAddresses.usable(email) ? email.trim() : null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String reasonOrDefault(String reason) {
        return reason == null || reason.isBlank() ? "No reason given" : reason.trim();
    }
}
