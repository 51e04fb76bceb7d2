package org.reskontro.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.reskontro.shared.CreditorId;
import org.reskontro.shared.Money;

/**
 * One notice to send. {@code idempotencyKey} makes {@link Notifications#dispatch} safe to repeat: per creditor, the
 * same key always means the same notice (the dunning run uses claim, step and day). {@code language} is the
 * debtor's, else the creditor's; anything but da, nb, sv or fi is written in English. {@code total} must be the sum
 * of the lines (open + fee + interest); null means "that sum". {@code deadline}, {@code paymentReference} (with its
 * label: KID, FIK, OCR, RF …) and {@code closingText} may be null; on an outstanding list the closing text is the
 * "what happens next" section.
 */
public record NoticeRequest(CreditorId creditor, String idempotencyKey, NoticeKind kind, Channel channel,
                            Locale language, Sender sender, Recipient recipient, LocalDate date, LocalDate deadline,
                            List<NoticeLine> lines, Money total, String paymentReference,
                            String paymentReferenceLabel, List<Attachment> attachments, String closingText) {

    static final int MAX_KEY_LENGTH = 200;

    public NoticeRequest {
        Objects.requireNonNull(creditor, "creditor");
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH) {
            throw new InvalidNoticeException("The idempotency key must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(date, "date");
        language = language == null ? Locale.ENGLISH : language;
        lines = lines == null ? List.of() : List.copyOf(lines);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        total = checkedTotal(lines, total);
        if (paymentReference != null && paymentReference.isBlank()) {
            paymentReference = null;
        }
        if (paymentReference != null && (paymentReferenceLabel == null || paymentReferenceLabel.isBlank())) {
            throw new InvalidNoticeException("The payment reference " + paymentReference
                    + " needs its label (KID, FIK, OCR, RF, viitenumero …)");
        }
    }

    private static Money checkedTotal(List<NoticeLine> lines, Money total) {
        if (lines.isEmpty()) {
            if (total == null) {
                throw new InvalidNoticeException("A notice without lines needs a total");
            }
            return total;
        }
        Money sum = lines.getFirst().total();
        for (NoticeLine line : lines.subList(1, lines.size())) {
            if (!line.open().currency().equals(sum.currency())) {
                throw new InvalidNoticeException("All lines of a notice must be in one currency; "
                        + line.documentNumber() + " is in " + line.open().currency() + ", not " + sum.currency());
            }
            sum = sum.plus(line.total());
        }
        if (total != null && !total.rounded().sameAs(sum.rounded())) {
            throw new InvalidNoticeException("The total " + total + " is not the sum of the lines, " + sum);
        }
        return total == null ? sum : total;
    }

    public static Builder builder(CreditorId creditor, String idempotencyKey, NoticeKind kind) {
        return new Builder(creditor, idempotencyKey, kind);
    }

    /** A builder with every field of this request, to vary one or two. */
    public Builder toBuilder() {
        return new Builder(creditor, idempotencyKey, kind).channel(channel).language(language).sender(sender)
                .recipient(recipient).date(date).deadline(deadline).lines(lines).total(total)
                .paymentReference(paymentReferenceLabel, paymentReference).attachments(attachments)
                .closingText(closingText);
    }

    /** Builds a request field by field; the channel defaults to e-mail, the language to English. */
    public static final class Builder {

        private final CreditorId creditor;
        private String idempotencyKey;
        private final NoticeKind kind;
        private Channel channel = Channel.EMAIL;
        private Locale language = Locale.ENGLISH;
        private Sender sender;
        private Recipient recipient;
        private LocalDate date;
        private LocalDate deadline;
        private List<NoticeLine> lines = List.of();
        private Money total;
        private String paymentReference;
        private String paymentReferenceLabel;
        private List<Attachment> attachments = List.of();
        private String closingText;

        private Builder(CreditorId creditor, String idempotencyKey, NoticeKind kind) {
            this.creditor = creditor;
            this.idempotencyKey = idempotencyKey;
            this.kind = kind;
        }

        public Builder idempotencyKey(String key) {
            this.idempotencyKey = key;
            return this;
        }

        public Builder channel(Channel channel) {
            this.channel = channel;
            return this;
        }

        public Builder language(Locale language) {
            this.language = language;
            return this;
        }

        public Builder sender(Sender sender) {
            this.sender = sender;
            return this;
        }

        public Builder recipient(Recipient recipient) {
            this.recipient = recipient;
            return this;
        }

        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        public Builder deadline(LocalDate deadline) {
            this.deadline = deadline;
            return this;
        }

        public Builder lines(List<NoticeLine> lines) {
            this.lines = lines;
            return this;
        }

        public Builder total(Money total) {
            this.total = total;
            return this;
        }

        public Builder paymentReference(String label, String reference) {
            this.paymentReferenceLabel = label;
            this.paymentReference = reference;
            return this;
        }

        public Builder attachments(List<Attachment> attachments) {
            this.attachments = attachments;
            return this;
        }

        public Builder closingText(String closingText) {
            this.closingText = closingText;
            return this;
        }

        public NoticeRequest build() {
            return new NoticeRequest(creditor, idempotencyKey, kind, channel, language, sender, recipient, date,
                    deadline, lines, total, paymentReference, paymentReferenceLabel, attachments, closingText);
        }
    }
}
