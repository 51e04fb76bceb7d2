package org.reskontro.dunning;

import java.time.LocalDate;
import java.util.UUID;
import org.reskontro.shared.Money;

/** A letter to one debtor: the invoices due for one step on one day, their total and where it stands. */
public record LetterSummary(UUID id, String debtor, String stepType, LocalDate issuedOn, LocalDate deadline,
                            String channel, int invoices, Money total, String status) {
}
