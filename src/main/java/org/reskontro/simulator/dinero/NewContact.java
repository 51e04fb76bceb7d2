package org.reskontro.simulator.dinero;

import java.util.Objects;

/** What a test or the demo knows when it adds a contact; the simulator adds guid and timestamps. */
public record NewContact(String name, boolean person, String vatNumber, String street, String zipCode, String city,
        String countryKey, String email, String phone, int paymentDays, boolean debitor, boolean creditor) {

    public NewContact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(countryKey, "countryKey");
        if (paymentDays < 0) {
            throw new IllegalArgumentException("paymentDays must not be negative");
        }
    }

    /** A Danish company customer on 8 days' terms. */
    public static NewContact company(String name, String cvr) {
        return new NewContact(name, false, cvr, "Vestergade 1", "1456", "København K", "DK", null, null, 8, true,
                false);
    }

    /** A Danish private customer on 8 days' terms. */
    public static NewContact person(String name) {
        return new NewContact(name, true, null, "Algade 2", "4000", "Roskilde", "DK", null, null, 8, true, false);
    }
}
