package org.reskontro.connector.poweroffice;

import java.math.BigDecimal;
import org.reskontro.ledger.spi.ErpDocument;

/**
 * A listed OutgoingInvoiceDto: the neutral document plus what the balance needs later, the signed NOK balance of its
 * ledger entry and the match that entry is in (null: nothing is matched against it yet).
 */
record PowerOfficeInvoice(ErpDocument document, BigDecimal balance, Long matchId) {
}
