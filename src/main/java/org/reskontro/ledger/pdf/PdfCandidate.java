package org.reskontro.ledger.pdf;

import java.util.UUID;
import org.reskontro.ledger.spi.ErpDocument;

/** An open mirrored document whose number has no PDF yet, with how often fetching it has failed so far. */
record PdfCandidate(UUID documentId, ErpDocument document, int failures) {
}
