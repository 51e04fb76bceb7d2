package org.reskontro.ledger.spi;

import java.time.LocalDate;
import org.reskontro.shared.DocumentKind;
import org.reskontro.shared.Money;

/**
 * An invoice or credit note header. Totals are positive for both kinds; the kind says which way they count.
 * {@code version} changes whenever the system changes the document, payments included.
 */
public record ErpDocument(String externalId, DocumentKind kind, Long number, String customerExternalId,
        LocalDate issueDate, LocalDate dueDate, Money totalInclVat, Money totalExclVat, ErpStatus status,
        String version, boolean deleted) {
}
