package org.reskontro.bookkeeping;

import java.util.UUID;
import org.reskontro.shared.Money;

/** One part of a registered payment: the document it is booked on, which part of the claim it covers, the outbox row. */
public record PaymentPart(String documentExternalId, String role, Money amount, UUID outboxId) {
}
