package org.reskontro.simulator.poweroffice;

import java.time.Instant;

/**
 * A customer as the simulator holds it. {@code lastChangedAt} moves with the customer card, not with its address:
 * the CustomerDto says so, and the address has its own {@code addressChangedAt}. Immutable: a change makes a new one.
 */
public record PowerOfficeCustomer(long id, long number, NewCustomer card, long addressId, boolean archived,
        Instant createdAt, Instant lastChangedAt, Instant addressChangedAt) {

    /** The customer's sub-ledger account, which vouchers post to (CustomerDto.SubledgerAccountId). */
    public long subledgerAccountId() {
        return id + 3;
    }

    public String displayName() {
        return card.person() ? card.firstName() + " " + card.lastName() : card.name();
    }

    PowerOfficeCustomer withCard(NewCustomer newCard, Instant at) {
        return new PowerOfficeCustomer(id, number, newCard, addressId, archived, createdAt, at, addressChangedAt);
    }

    /** A new mail address changes the address entity only. */
    PowerOfficeCustomer movedTo(String addressLine1, String zipCode, String city, Instant at) {
        NewCustomer c = card;
        NewCustomer moved = new NewCustomer(c.name(), c.firstName(), c.lastName(), c.organisationNumber(),
                c.emailAddress(), c.phoneNumber(), addressLine1, zipCode, city, c.countryCode(), c.paymentTermDays(),
                c.reminders());
        return new PowerOfficeCustomer(id, number, moved, addressId, archived, createdAt, lastChangedAt, at);
    }

    PowerOfficeCustomer archivedAt(Instant at) {
        return new PowerOfficeCustomer(id, number, card, addressId, true, createdAt, at, addressChangedAt);
    }
}
