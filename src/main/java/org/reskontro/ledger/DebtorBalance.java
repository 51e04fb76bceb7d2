package org.reskontro.ledger;

import java.time.LocalDate;
import org.reskontro.shared.Money;

/** A debtor's open total in one currency, with how much of it is overdue. */
public record DebtorBalance(String debtorExternalId, String name, String organisationNumber, int openItems,
        Money open, Money overdue, LocalDate oldestDueDate) {
}
