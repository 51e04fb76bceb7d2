package org.reskontro.dunning.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.reskontro.shared.Money;

/**
 * What the evaluation knows of one invoice: its amounts and dates from the mirror, the steps already issued, and
 * what people decided about it (pause, dispute, a manual next step) or about its debtor.
 *
 * @param pausedUntil  no letter up to and including this day (null: not paused)
 * @param overrideStep a person's choice of the next step (S-DUN-5), by index; null: the policy decides
 */
public record ClaimSnapshot(UUID documentId, String debtor, boolean creditNote, LocalDate dueDate, Money open,
                            List<IssuedStep> issued, DebtorStanding standing, boolean disputed, LocalDate pausedUntil,
                            Integer overrideStep) {

    public ClaimSnapshot {
        issued = List.copyOf(issued);
    }

    public IssuedStep last() {
        return issued.isEmpty() ? null : issued.getLast();
    }

    public int timesIssued(int stepIndex) {
        return (int) issued.stream().filter(s -> s.stepIndex() == stepIndex).count();
    }
}
