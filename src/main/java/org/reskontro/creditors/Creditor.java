package org.reskontro.creditors;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.reskontro.shared.CountryCode;
import org.reskontro.shared.CreditorId;
import org.reskontro.shared.OrganisationNumber;

/**
 * A business whose receivables Reskontro follows up. Nothing dated before {@code startDate} is transferred
 * from its accounting system (S-SYNC-9). {@code connection} is null until one is configured. Its cycle runs at
 * each of {@code cycleTimes} (sorted, distinct, whole minutes) in {@code timeZone} (S-SYNC-3).
 */
public record Creditor(CreditorId id, String name, CountryCode country, OrganisationNumber organisationNumber,
        Currency currency, ZoneId timeZone, LocalDate startDate, Instant createdAt, ConnectionSummary connection,
        List<LocalTime> cycleTimes) {

    /** The seeds' default: three cycles a day (S-SYNC-3). */
    public static final List<LocalTime> DEFAULT_CYCLE_TIMES = List.of(LocalTime.of(6, 0), LocalTime.of(12, 0),
            LocalTime.of(18, 0));

    public Creditor {
        cycleTimes = cycleTimes == null ? DEFAULT_CYCLE_TIMES : List.copyOf(cycleTimes);
    }
}
