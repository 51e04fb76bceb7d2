package org.reskontro.bookkeeping.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A credit note that reverses (part of) a charge document Reskontro booked earlier, when a fee or interest is
 * written off (S-FEE-4/7). Booked documents are never edited or deleted (S-SYNC-8); this is the correction.
 */
public record ChargeCreditNote(UUID key, BookingMode mode, String customerExternalId, String creditedDocumentExternalId,
        LocalDate date, String text, String language, List<BookingLine> lines) implements Booking {

    public ChargeCreditNote {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(creditedDocumentExternalId, "creditedDocumentExternalId");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("A credit note has at least one line");
        }
    }
}
