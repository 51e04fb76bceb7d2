package org.reskontro.dunning;

import java.time.LocalDate;
import org.reskontro.shared.CreditorId;

/** What one daily evaluation did. */
public record RunSummary(CreditorId creditor, LocalDate day, int invoicesEvaluated, int stepsIssued, int letters,
                         int waiting, int noAction) {
}
