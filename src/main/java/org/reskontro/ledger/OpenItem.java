package org.reskontro.ledger;

import java.time.LocalDate;
import java.util.UUID;
import org.reskontro.shared.DocumentKind;
import org.reskontro.shared.Money;

/**
 * An invoice or credit note with money still open. {@code open} is signed: positive what the debtor owes,
 * negative what a credit note still gives back.
 */
public record OpenItem(UUID documentId, DocumentKind kind, Long number, String debtorExternalId, String debtorName,
        LocalDate issueDate, LocalDate dueDate, Money total, Money open, String erpStatus) {

    public long daysOverdue(LocalDate today) {
        return dueDate == null || !today.isAfter(dueDate) ? 0 : java.time.temporal.ChronoUnit.DAYS.between(dueDate, today);
    }
}
