package org.reskontro.dunning;

import java.time.LocalDate;
import java.util.UUID;
import org.reskontro.shared.Money;

/** A step the policy would issue on a coming day if nothing is paid meanwhile, with its estimated fee and interest. */
public record PreviewEntry(LocalDate on, UUID documentId, Long number, String debtor, String debtorName,
                           String stepType, String channel, boolean needsApproval, Money fee, Money interest) {
}
