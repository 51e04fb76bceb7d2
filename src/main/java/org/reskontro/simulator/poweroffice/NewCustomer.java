package org.reskontro.simulator.poweroffice;

import java.util.Objects;

/**
 * What a test or the demo knows when it adds a customer; the simulator adds id, customer number and timestamps.
 * A person has {@code firstName} and {@code lastName} and no organisation number; a company has a {@code name}.
 */
public record NewCustomer(String name, String firstName, String lastName, String organisationNumber,
        String emailAddress, String phoneNumber, String addressLine1, String zipCode, String city, String countryCode,
        int paymentTermDays, ReminderSettings reminders) {

    public NewCustomer {
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(reminders, "reminders");
        if (name == null && (firstName == null || lastName == null)) {
            throw new IllegalArgumentException("A company needs a name, a person a first and a last name");
        }
        if (paymentTermDays < 0) {
            throw new IllegalArgumentException("paymentTermDays must not be negative");
        }
    }

    public boolean person() {
        return name == null;
    }

    /** A Norwegian company on 14 days' terms with PowerOffice's default reminder settings. */
    public static NewCustomer company(String name, String organisationNumber) {
        return new NewCustomer(name, null, null, organisationNumber, null, null, "Storgata 1", "0155", "Oslo", "NO",
                14, ReminderSettings.DEFAULTS);
    }

    /** A Norwegian private customer on 14 days' terms. */
    public static NewCustomer person(String firstName, String lastName) {
        return new NewCustomer(null, firstName, lastName, null, null, null, "Kirkegata 2", "5003", "Bergen", "NO", 14,
                ReminderSettings.DEFAULTS);
    }

    public NewCustomer with(ReminderSettings settings) {
        return new NewCustomer(name, firstName, lastName, organisationNumber, emailAddress, phoneNumber, addressLine1,
                zipCode, city, countryCode, paymentTermDays, settings);
    }
}
