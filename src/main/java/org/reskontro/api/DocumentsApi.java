package org.reskontro.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.ledger.Documents;
import org.reskontro.ledger.PdfTransfer;
import org.reskontro.ledger.StoredPdf;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Documents", description = "PDFs of invoices and credit notes, copied once per document number")
@RestController
@RequestMapping("/api/v1/creditors/{creditorId}")
class DocumentsApi {

    private final Creditors creditors;
    private final Documents documents;

    DocumentsApi(Creditors creditors, Documents documents) {
        this.creditors = creditors;
        this.documents = documents;
    }

    /** The counts of one transfer; {@code outcome} is DONE, ABORTED (see the error) or BUSY (another runs). */
    record PdfTransferView(String outcome, int fetched, int failed, int remaining, int httpRequests,
            String errorCategory, String errorMessage) {
        static PdfTransferView of(PdfTransfer t) {
            return new PdfTransferView(t.outcome().name(), t.fetched(), t.failed(), t.remaining(), t.httpRequests(),
                    t.errorCategory(), t.errorMessage());
        }
    }

    // No "produces": the content type is set on the answer, so a 404 can still be a problem document.
    @Operation(summary = "The PDF of an invoice or credit note (by its documentId from open-items), as stored",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/pdf")))
    @GetMapping("/documents/{documentId}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String creditorId, @PathVariable String documentId) {
        Creditor creditor = ApiIds.visibleCreditor(creditors, creditorId);
        StoredPdf pdf = documents.pdf(creditor.id(), document(documentId))
                .orElseThrow(() -> new ApiIds.NotFoundException("No PDF is stored for document " + documentId));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(pdf.fileName()).build()
                        .toString())
                .eTag(pdf.sha256()) // the stored copy never changes, so its hash is a lasting ETag
                .body(pdf.content());
    }

    @Operation(summary = "Copy the PDFs of open documents whose number has none yet, now (bounded per call)")
    @PostMapping("/pdf-transfers")
    PdfTransferView transferNow(@PathVariable String creditorId) {
        Creditor creditor = ApiIds.visibleCreditor(creditors, creditorId);
        return PdfTransferView.of(documents.runPdfTransfer(creditor.id()));
    }

    private static UUID document(String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw new ApiIds.NotFoundException("No document " + raw);
        }
    }
}
