package org.reskontro.ledger.persistence;

import java.util.UUID;
import org.reskontro.shared.DocumentKind;

/** What the mirror already holds of a document: enough to tell whether the accounting system changed it. */
public record KnownDocument(UUID id, DocumentKind kind, int revision, String erpVersion) {
}
