package org.reskontro.dunning;

import java.time.LocalDate;
import org.reskontro.charges.Explanation;
import org.reskontro.shared.Money;

/**
 * One event in an invoice's dunning history: a change of next action ({@code DECISION}) or a step issued
 * ({@code ISSUED}, with its deadline, fee and interest and their explanations), each with the policy version.
 */
public record TimelineEntry(LocalDate on, String kind, String action, String reason, String stepType, LocalDate date,
                            Money fee, Money interest, Explanation feeExplanation, Explanation interestExplanation,
                            int policyVersion, String letterStatus) {
}
