package org.reskontro.ledger.spi;

import java.util.Set;
import org.reskontro.shared.FollowUpRestriction;

/**
 * A debtor as the accounting system keeps it. {@code version} changes whenever the system changes the record,
 * follow-up settings included. {@code followUpRestrictions} are what the system's customer card forbids (empty when
 * it forbids nothing, or keeps no such settings).
 */
public record ErpCustomer(String externalId, String name, String organisationNumber, String email, String phone,
        String street, String zipCode, String city, String country, boolean person, String version, boolean deleted,
        Set<FollowUpRestriction> followUpRestrictions) {

    public ErpCustomer {
        followUpRestrictions = followUpRestrictions == null ? Set.of() : Set.copyOf(followUpRestrictions);
    }
}
