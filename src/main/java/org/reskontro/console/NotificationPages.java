package org.reskontro.console;

import java.util.Optional;
import java.util.UUID;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.notification.NoticeId;
import org.reskontro.notification.NotEmailedException;
import org.reskontro.notification.NoticeView;
import org.reskontro.notification.NothingToPrintException;
import org.reskontro.notification.Notifications;
import org.reskontro.notification.PrintBatch;
import org.reskontro.notification.PrintBatchId;
import org.reskontro.platform.security.CreditorNotVisibleException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A creditor's letters and e-mails (status, channel, fallback, failures and bounces, the PDF of each), its print
 * queue and print batches. A creditor user sees only its own creditor's; another's answers as not found.
 */
@Controller
class NotificationPages {

    private static final int PAGE_SIZE = 200;

    private final Creditors creditors;
    private final Notifications notifications;

    NotificationPages(Creditors creditors, Notifications notifications) {
        this.creditors = creditors;
        this.notifications = notifications;
    }

    @GetMapping("/creditors/{id}/notices")
    String notices(@PathVariable String id, @RequestParam(required = false) String batch, Model model) {
        Creditor creditor = CreditorPages.visible(creditors, id);
        model.addAttribute("creditor", creditor);
        model.addAttribute("notices", notifications.notices(creditor.id(), PAGE_SIZE));
        model.addAttribute("queued", notifications.queuedLetters(creditor.id()));
        model.addAttribute("batches", notifications.printBatches(creditor.id(), 20));
        parse(batch).map(PrintBatchId::new).flatMap(batchId -> notifications.printBatch(creditor.id(), batchId))
                .ifPresent(created -> model.addAttribute("created", created));
        return "notices";
    }

    @GetMapping("/creditors/{id}/notices/{noticeId}")
    String notice(@PathVariable String id, @PathVariable String noticeId, Model model) {
        Creditor creditor = CreditorPages.visible(creditors, id);
        NoticeView notice = find(creditor, noticeId);
        model.addAttribute("creditor", creditor);
        model.addAttribute("notice", notice);
        model.addAttribute("history", notifications.history(creditor.id(), notice.id()));
        return "notice";
    }

    @GetMapping("/creditors/{id}/notices/{noticeId}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id, @PathVariable String noticeId) {
        Creditor creditor = CreditorPages.visible(creditors, id);
        NoticeView notice = find(creditor, noticeId);
        return pdf(notifications.pdf(creditor.id(), notice.id()), "notice-" + notice.id() + ".pdf", false);
    }

    @PostMapping("/creditors/{id}/notices/{noticeId}/bounce")
    String bounce(@PathVariable String id, @PathVariable String noticeId, @RequestParam String reason) {
        Creditor creditor = CreditorPages.visible(creditors, id);
        NoticeView notice = find(creditor, noticeId);
        try {
            notifications.recordBounce(creditor.id(), notice.id(), reason);
        } catch (NotEmailedException e) {
            return "redirect:/creditors/" + creditor.id() + "/notices/" + notice.id() + "?notEmailed";
        }
        return "redirect:/creditors/" + creditor.id() + "/notices/" + notice.id();
    }

    /** Makes the batch, then shows the letters page with its download link (a GET, so a reload makes no new batch). */
    @PostMapping("/creditors/{id}/print-batches")
    String printBatch(@PathVariable String id) {
        Creditor creditor = CreditorPages.visible(creditors, id);
        try {
            PrintBatch batch = notifications.printBatch(creditor.id());
            return "redirect:/creditors/" + creditor.id() + "/notices?batch=" + batch.id();
        } catch (NothingToPrintException e) {
            return "redirect:/creditors/" + creditor.id() + "/notices?nothingToPrint";
        }
    }

    @GetMapping("/creditors/{id}/print-batches/{batchId}")
    ResponseEntity<byte[]> batch(@PathVariable String id, @PathVariable String batchId) {
        Creditor creditor = CreditorPages.visible(creditors, id);
        PrintBatch batch = parse(batchId).map(PrintBatchId::new)
                .flatMap(found -> notifications.printBatch(creditor.id(), found))
                .orElseThrow(() -> new CreditorNotVisibleException(creditor.id()));
        return pdf(batch.pdf(), batch.fileName(), true);
    }

    private NoticeView find(Creditor creditor, String rawId) {
        return parse(rawId).map(NoticeId::new).flatMap(id -> notifications.notice(creditor.id(), id))
                .orElseThrow(() -> new CreditorNotVisibleException(creditor.id()));
    }

    static ResponseEntity<byte[]> pdf(byte[] content, String fileName, boolean download) {
        ContentDisposition disposition = (download ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(fileName).build();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()).body(content);
    }

    private static Optional<UUID> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(raw));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
