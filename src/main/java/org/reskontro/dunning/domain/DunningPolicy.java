package org.reskontro.dunning.domain;

import java.util.List;
import java.util.UUID;
import org.reskontro.shared.CountryCode;
import org.reskontro.shared.Money;

/**
 * A creditor's dunning procedure as data: ordered steps, and the minimum open amount below which nothing is sent
 * (S-DUN-4). Every edit is a new version, so each decision can name the exact terms it was made with.
 */
public record DunningPolicy(UUID id, int version, String name, CountryCode country, Money minimumAmount,
                            boolean reminderFeeAgreed, List<DunningStep> steps) {

    public DunningPolicy {
        steps = List.copyOf(steps);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A policy needs a name");
        }
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("A policy needs at least one step");
        }
        if (steps.getFirst().from() == DelayFrom.PREVIOUS_DEADLINE) {
            throw new IllegalArgumentException("The first step has no previous deadline: count it from the due date");
        }
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).type() == StepType.COLLECTION_HANDOVER && i != steps.size() - 1) {
                throw new IllegalArgumentException("The hand-over to collection can only be the last step");
            }
            if (steps.get(i).type() == StepType.PRE_DUE_NOTICE && i != 0) {
                throw new IllegalArgumentException("A notice before the due date can only be the first step");
            }
        }
        if (minimumAmount.amount().signum() < 0) {
            throw new IllegalArgumentException("The minimum amount cannot be negative");
        }
    }

    public DunningStep step(int index) {
        return steps.get(index);
    }
}
