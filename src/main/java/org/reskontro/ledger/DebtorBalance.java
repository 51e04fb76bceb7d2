package org.reskontro.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.reskontro.shared.FollowUpRestriction;
import org.reskontro.shared.Money;

/**
 * A debtor's open total in one currency, with how much of it is overdue. {@code followUp} false means the creditor
 * switched follow-up off for this debtor (S-SYNC-10): mirrored, never reminded or sent to collection.
 * {@code erpRestrictions} are what the accounting system's customer card forbids (S-DUN-6), as last mirrored.
 */
public record DebtorBalance(String debtorExternalId, String name, String organisationNumber, int openItems,
        Money open, Money overdue, LocalDate oldestDueDate, boolean followUp, Set<FollowUpRestriction> erpRestrictions) {

    public DebtorBalance {
        erpRestrictions = erpRestrictions == null ? Set.of() : Set.copyOf(erpRestrictions);
    }

    /** In a fixed order, for display. */
    public List<FollowUpRestriction> erpRestrictionList() {
        return erpRestrictions.stream().sorted().toList();
    }
}
