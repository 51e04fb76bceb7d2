package org.reskontro.dunning;

import java.time.LocalDate;
import java.util.UUID;
import org.reskontro.shared.Money;

/**
 * An open invoice's next action as of its last evaluation: ISSUE (today), WAIT (for {@code nextDate}) or NONE,
 * with the reason code ({@code dunning.reason.<code>} in the message bundles).
 */
public record NextActionView(UUID documentId, Long number, String debtor, String debtorName, LocalDate dueDate,
                             Money open, String action, String reason, String stepType, LocalDate nextDate,
                             LocalDate evaluatedOn) {
}
