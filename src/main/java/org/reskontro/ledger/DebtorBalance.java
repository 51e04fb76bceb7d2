package org.reskontro.ledger;

import java.time.LocalDate;
import org.reskontro.shared.Money;

/**
 * A debtor's open total in one currency, with how much of it is overdue. {@code followUp} false means the creditor
 * switched follow-up off for this debtor (S-SYNC-10): mirrored, never reminded or sent to collection.
 */
public record DebtorBalance(String debtorExternalId, String name, String organisationNumber, int openItems,
        Money open, Money overdue, LocalDate oldestDueDate, boolean followUp) {
}
