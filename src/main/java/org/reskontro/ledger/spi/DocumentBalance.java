package org.reskontro.ledger.spi;

import java.util.List;
import org.reskontro.shared.Money;

/**
 * What is still owed on a document and what was paid, as the accounting system states it. For a credit note
 * {@code open} is the part not yet used or refunded, as a positive amount.
 */
public record DocumentBalance(Money open, Money paid, List<ErpPayment> payments) {

    public DocumentBalance {
        payments = List.copyOf(payments);
    }
}
