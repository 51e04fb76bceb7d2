package org.reskontro.ledger.spi;

import java.time.Instant;
import java.time.LocalDate;

/** Documents dated from {@code fromDate} to {@code toDate} inclusive; {@code changedSince} null means all. */
public record DocumentQuery(LocalDate fromDate, LocalDate toDate, Instant changedSince) {
}
