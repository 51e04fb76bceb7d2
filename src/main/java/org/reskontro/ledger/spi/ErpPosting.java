package org.reskontro.ledger.spi;

import java.time.LocalDate;
import org.reskontro.shared.Money;

/**
 * One posting on a receivables (debtor) account of the accounting system's general ledger. The amount is signed as
 * that account counts: positive raises what the debtor owes (an invoice booked, a refund paid out), negative lowers
 * it (a payment received, a credit note booked). {@code account} names the ledger account; {@code documentExternalId}
 * the invoice or credit note whose voucher the posting belongs to, and {@code customerExternalId} the debtor, each
 * null when the system names none; {@code externalId} identifies the posting itself (null when the system gives it
 * no id).
 */
public record ErpPosting(String externalId, String account, String documentExternalId, String customerExternalId,
        LocalDate date, Money amount, String description) {
}
