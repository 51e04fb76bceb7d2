package org.reskontro.ledger;

import java.time.Instant;
import java.util.UUID;
import org.reskontro.shared.DocumentKind;

/**
 * A document's PDF as the accounting system printed it when its number was first seen (S-DOC-1). The bytes are
 * the stored copy itself: callers must not change them.
 */
public record StoredPdf(UUID documentId, DocumentKind kind, long number, byte[] content, String sha256,
        Instant fetchedAt) {

    /** A file name in neutral words, e.g. {@code invoice-1042.pdf}. */
    public String fileName() {
        return (kind == DocumentKind.INVOICE ? "invoice-" : "credit-note-") + number + ".pdf";
    }
}
