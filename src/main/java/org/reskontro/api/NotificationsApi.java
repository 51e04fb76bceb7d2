package org.reskontro.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.notification.NoSuchNoticeException;
import org.reskontro.notification.NotEmailedException;
import org.reskontro.notification.NoticeId;
import org.reskontro.notification.NoticeView;
import org.reskontro.notification.NothingToPrintException;
import org.reskontro.notification.Notifications;
import org.reskontro.notification.PrintBatch;
import org.reskontro.notification.PrintBatchId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Notices", description = "Letters and e-mails sent to debtors: status, channel and fallback, failures "
        + "and bounces, the PDF of each, and print batches of the queued letters")
@RestController
@RequestMapping("/api/v1/creditors/{creditorId}")
class NotificationsApi {

    private final Creditors creditors;
    private final Notifications notifications;

    NotificationsApi(Creditors creditors, Notifications notifications) {
        this.creditors = creditors;
        this.notifications = notifications;
    }

    /**
     * A notice. {@code status} is PENDING, SENT, PRINT_QUEUED, PRINTED, FAILED or BOUNCED; {@code channel} the one it
     * went by, {@code requestedChannel} the one asked for, {@code fallback} why they differ.
     */
    record NoticeJson(String id, String kind, String requestedChannel, String channel, String status,
            String emailStatus, String letterStatus, String fallback, String fallbackReason, String failure,
            int attempts, Instant nextAttemptAt, String language, String recipientName, String recipientEmail,
            List<String> recipientAddress, String subject, LocalDate date, LocalDate deadline,
            ApiModels.Amount total, String paymentReference, String messageId, String bounceReason,
            Instant bouncedAt, String printBatchId, Instant createdAt, Instant sentAt, Instant printedAt,
            List<String> attachments) {
        static NoticeJson of(NoticeView n) {
            return new NoticeJson(n.id().toString(), n.kind().name(), n.requested().name(), n.used().name(),
                    n.status().name(), name(n.emailStatus()), name(n.letterStatus()), name(n.fallback()),
                    n.fallbackReason(), n.failure(), n.attempts(), n.nextAttemptAt(), n.language().toLanguageTag(),
                    n.recipientName(), n.recipientEmail(), n.recipientAddress(), n.subject(), n.date(), n.deadline(),
                    ApiModels.Amount.of(n.total()), n.paymentReference(), n.messageId(), n.bounceReason(),
                    n.bouncedAt(), n.printBatch() == null ? null : n.printBatch().toString(), n.createdAt(),
                    n.sentAt(), n.printedAt(), n.attachmentNames());
        }

        private static String name(Enum<?> value) {
            return value == null ? null : value.name();
        }
    }

    record BounceInput(String reason) {
    }

    @Operation(summary = "The creditor's notices, newest first")
    @GetMapping("/notices")
    List<NoticeJson> notices(@PathVariable String creditorId, @RequestParam(defaultValue = "100") int limit) {
        Creditor creditor = ApiIds.visibleCreditor(creditors, creditorId);
        return notifications.notices(creditor.id(), limit).stream().map(NoticeJson::of).toList();
    }

    @Operation(summary = "One notice")
    @GetMapping("/notices/{noticeId}")
    NoticeJson notice(@PathVariable String creditorId, @PathVariable String noticeId) {
        Creditor creditor = ApiIds.visibleCreditor(creditors, creditorId);
        return NoticeJson.of(find(creditor, noticeId));
    }

    // No "produces": the content type is set on the answer, so a 404 can still be a problem document.
    @Operation(summary = "The notice's letter as PDF, exactly as it was sent or printed",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/pdf")))
    @GetMapping("/notices/{noticeId}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String creditorId, @PathVariable String noticeId) {
        Creditor creditor = ApiIds.visibleCreditor(creditors, creditorId);
        NoticeView notice = find(creditor, noticeId);
        return pdf(notifications.pdf(creditor.id(), notice.id()), "notice-" + notice.id() + ".pdf", false);
    }

    @Operation(summary = "Record that the notice's e-mail bounced; a letter is queued instead where there is a "
            + "postal address. Repeating it changes nothing; a notice that was not e-mailed answers 409")
    @PostMapping("/notices/{noticeId}/bounce")
    NoticeJson bounce(@PathVariable String creditorId, @PathVariable String noticeId,
            @RequestBody(required = false) BounceInput input) {
        Creditor creditor = ApiIds.visibleCreditor(creditors, creditorId);
        NoticeView notice = find(creditor, noticeId);
        notifications.recordBounce(creditor.id(), notice.id(), input == null ? null : input.reason());
        return NoticeJson.of(find(creditor, noticeId));
    }

    @Operation(summary = "Put every queued letter into one print batch and return its PDF (each letter starts on a "
            + "new page); the letters become PRINTED. 409 if no letter waits",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/pdf")))
    @PostMapping("/print-batches")
    ResponseEntity<byte[]> printBatch(@PathVariable String creditorId) {
        Creditor creditor = ApiIds.visibleCreditor(creditors, creditorId);
        PrintBatch batch = notifications.printBatch(creditor.id());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(batch.fileName())
                        .build().toString())
                .header(HttpHeaders.LOCATION, "/api/v1/creditors/" + creditor.id() + "/print-batches/" + batch.id())
                .header("X-Print-Batch-Id", batch.id().toString())
                .header("X-Print-Batch-Letters", String.valueOf(batch.letters()))
                .body(batch.pdf());
    }

    @Operation(summary = "A print batch made earlier, to download again",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/pdf")))
    @GetMapping("/print-batches/{batchId}")
    ResponseEntity<byte[]> printBatch(@PathVariable String creditorId, @PathVariable String batchId) {
        Creditor creditor = ApiIds.visibleCreditor(creditors, creditorId);
        PrintBatch batch = notifications.printBatch(creditor.id(), new PrintBatchId(uuid(batchId, "print batch")))
                .orElseThrow(() -> new ApiIds.NotFoundException("No print batch " + batchId));
        return pdf(batch.pdf(), batch.fileName(), true);
    }

    @ExceptionHandler(NoSuchNoticeException.class)
    ProblemDetail notFound(NoSuchNoticeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler({NothingToPrintException.class, NotEmailedException.class})
    ProblemDetail conflict(IllegalStateException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle(e instanceof NothingToPrintException ? "Nothing to print" : "Not possible now");
        return problem;
    }

    private NoticeView find(Creditor creditor, String noticeId) {
        return notifications.notice(creditor.id(), new NoticeId(uuid(noticeId, "notice")))
                .orElseThrow(() -> new ApiIds.NotFoundException("No notice " + noticeId));
    }

    private static ResponseEntity<byte[]> pdf(byte[] content, String fileName, boolean download) {
        ContentDisposition disposition = (download ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(fileName).build();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()).body(content);
    }

    private static UUID uuid(String raw, String what) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw new ApiIds.NotFoundException("No " + what + " " + raw);
        }
    }
}
