package org.reskontro.ledger;

import java.util.List;

/**
 * How to reach a debtor, as the accounting system has it: name, e-mail, postal address, whether a person (a
 * consumer) or a business, and whether the creditor follows it up (S-SYNC-10).
 */
public record DebtorContact(String externalId, String name, String organisationNumber, String email,
                            List<String> address, String country, boolean person, boolean followUp) {

    public DebtorContact {
        address = List.copyOf(address);
    }
}
