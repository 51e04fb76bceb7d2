package org.reskontro.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.reskontro.shared.CreditorId;
import org.reskontro.shared.Money;

/**
 * A recorded notice as the console and the API show it. {@code emailStatus} (PENDING, SENT, FAILED, BOUNCED) and
 * {@code letterStatus} (PRINT_QUEUED, PRINTED) are null where that part does not exist; {@code nextAttemptAt} is
 * set while a failed e-mail waits for its next try.
 */
public record NoticeView(NoticeId id, CreditorId creditor, String idempotencyKey, NoticeKind kind,
                         Channel requested, Channel used, NoticeStatus status, NoticeStatus emailStatus,
                         NoticeStatus letterStatus, Fallback fallback, String fallbackReason, String failure,
                         int attempts, Instant nextAttemptAt, Locale language, String recipientName,
                         String recipientEmail, List<String> recipientAddress, String subject, LocalDate date,
                         LocalDate deadline, Money total, String paymentReference, String messageId,
                         String bounceReason, Instant bouncedAt, PrintBatchId printBatch, Instant createdAt,
                         Instant sentAt, Instant printedAt, List<String> attachmentNames) {

    public NoticeOutcome outcome() {
        return new NoticeOutcome(id, status, used, fallbackReason, failure);
    }
}
