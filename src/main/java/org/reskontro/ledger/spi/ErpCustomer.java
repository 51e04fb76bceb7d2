package org.reskontro.ledger.spi;

/** A debtor as the accounting system keeps it. {@code version} changes whenever the system changes the record. */
public record ErpCustomer(String externalId, String name, String organisationNumber, String email, String phone,
        String street, String zipCode, String city, String country, boolean person, String version, boolean deleted) {
}
