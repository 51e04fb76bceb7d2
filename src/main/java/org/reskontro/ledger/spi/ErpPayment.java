package org.reskontro.ledger.spi;

import java.time.LocalDate;
import org.reskontro.shared.Money;

/** A payment registered against one document. */
public record ErpPayment(String externalId, LocalDate date, Money amount, String description) {
}
