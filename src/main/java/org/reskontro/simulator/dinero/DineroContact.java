package org.reskontro.simulator.dinero;

import java.time.Instant;
import java.util.UUID;

/** A contact (customer and/or supplier) as the simulator holds it. Immutable: every change makes a new one. */
public record DineroContact(UUID guid, String name, boolean person, String vatNumber, String street, String zipCode,
        String city, String countryKey, String email, String phone, int paymentDays, boolean debitor, boolean creditor,
        Instant createdAt, Instant updatedAt, Instant deletedAt) {

    public boolean deleted() {
        return deletedAt != null;
    }

    /** The latest of created, updated and deleted: what {@code changesSince} compares against. */
    public Instant changedAt() {
        return deletedAt != null && deletedAt.isAfter(updatedAt) ? deletedAt : updatedAt;
    }

    DineroContact deletedAt(Instant at) {
        return new DineroContact(guid, name, person, vatNumber, street, zipCode, city, countryKey, email, phone,
                paymentDays, debitor, creditor, createdAt, at, at);
    }
}
