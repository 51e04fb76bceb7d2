package org.reskontro.ledger;

import java.util.UUID;
import org.reskontro.shared.DocumentKind;
import org.reskontro.shared.Money;

/** A mirrored document as other modules refer to it: its ids in both systems, its debtor and what is still open. */
public record MirroredDocument(UUID id, String externalId, DocumentKind kind, Long number, String debtorExternalId,
        Money total, Money open) {
}
