package org.reskontro.ledger;

import java.util.List;
import java.util.Set;
import org.reskontro.shared.FollowUpRestriction;

/**
 * How to reach a debtor, as the accounting system has it: name, e-mail, postal address, whether a person (a
 * consumer) or a business, whether the creditor follows it up (S-SYNC-10), and what the customer card in the
 * accounting system forbids (S-DUN-6).
 */
public record DebtorContact(String externalId, String name, String organisationNumber, String email,
                            List<String> address, String country, boolean person, boolean followUp,
                            Set<FollowUpRestriction> erpRestrictions) {

    public DebtorContact {
        address = List.copyOf(address);
        erpRestrictions = erpRestrictions.isEmpty() ? Set.of() : Set.copyOf(erpRestrictions);
    }
}
