package org.reskontro.ledger.persistence;

import java.math.BigDecimal;
import java.util.UUID;

/** A payment in the mirror that is not reversed yet. */
public record KnownPayment(UUID id, UUID documentId, String externalId, BigDecimal amount) {
}
