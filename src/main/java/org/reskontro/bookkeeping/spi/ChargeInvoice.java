package org.reskontro.bookkeeping.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A new invoice to the debtor for fees (a fee invoice) or for interest (an interest note), linked in its text and
 * reference to the invoice it charges for. {@code text} is the document's heading, e.g.
 * {@code Reskontro gebyr 10023 faktnr. 1042 – ID: 57}; {@code chargedDocumentExternalId} and
 * {@code chargedDocumentNumber} name the invoice it belongs to.
 */
public record ChargeInvoice(UUID key, BookingMode mode, ChargeKind kind, String customerExternalId,
        String chargedDocumentExternalId, Long chargedDocumentNumber, LocalDate date, LocalDate dueDate, String text,
        String language, List<BookingLine> lines) implements Booking {

    public ChargeInvoice {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(customerExternalId, "customerExternalId");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("A charge document has at least one line");
        }
        if (dueDate.isBefore(date)) {
            throw new IllegalArgumentException("Due " + dueDate + " before the date " + date);
        }
    }

    public org.reskontro.shared.Money total() {
        return lines.stream().map(BookingLine::amount).reduce(org.reskontro.shared.Money::plus).orElseThrow();
    }
}
