package org.reskontro.creditors;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import org.reskontro.shared.CountryCode;
import org.reskontro.shared.CreditorId;
import org.reskontro.shared.OrganisationNumber;

/**
 * A business whose receivables Reskontro follows up. Nothing dated before {@code startDate} is transferred
 * from its accounting system (S-SYNC-9). {@code connection} is null until one is configured.
 */
public record Creditor(CreditorId id, String name, CountryCode country, OrganisationNumber organisationNumber,
        Currency currency, ZoneId timeZone, LocalDate startDate, Instant createdAt, ConnectionSummary connection) {
}
