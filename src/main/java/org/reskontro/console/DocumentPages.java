package org.reskontro.console;

import java.util.Optional;
import java.util.UUID;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.ledger.Documents;
import org.reskontro.ledger.StoredPdf;
import org.reskontro.platform.security.CreditorNotVisibleException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A stored document PDF, opened in the browser from a debtor's open items. */
@Controller
class DocumentPages {

    private final Creditors creditors;
    private final Documents documents;

    DocumentPages(Creditors creditors, Documents documents) {
        this.creditors = creditors;
        this.documents = documents;
    }

    @GetMapping("/creditors/{id}/documents/{documentId}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id, @PathVariable String documentId) {
        Creditor creditor = CreditorPages.visible(creditors, id);
        // a missing PDF answers like a missing creditor: the console's one 404 page
        StoredPdf pdf = parse(documentId).flatMap(document -> documents.pdf(creditor.id(), document))
                .orElseThrow(() -> new CreditorNotVisibleException(creditor.id()));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(pdf.fileName()).build()
                        .toString())
                .body(pdf.content());
    }

    private static Optional<UUID> parse(String raw) {
        try {
            return Optional.of(UUID.fromString(raw));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
