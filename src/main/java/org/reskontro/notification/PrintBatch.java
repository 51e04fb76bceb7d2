package org.reskontro.notification;

import java.time.Instant;
import org.reskontro.shared.CreditorId;

/** Letters printed together: one PDF, each letter (with its PDF enclosures) starting on a new page. */
public record PrintBatch(PrintBatchId id, CreditorId creditor, Instant createdAt, int letters, int pages, byte[] pdf) {

    public String fileName() {
        return "print-batch-" + createdAt.toString().substring(0, 10) + "-" + id.value().toString().substring(0, 8)
                + ".pdf";
    }
}
