package org.reskontro.creditors;

import java.time.LocalDate;

/** Command: register a creditor. Fields are raw input; {@link Creditors#register} checks each one. */
public record NewCreditor(String name, String country, String organisationNumber, String currency, String timeZone,
        LocalDate startDate) {
}
