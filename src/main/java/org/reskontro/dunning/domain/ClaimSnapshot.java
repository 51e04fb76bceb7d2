package org.reskontro.dunning.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.reskontro.shared.FollowUpRestriction;
import java.util.UUID;
import org.reskontro.shared.Money;

/**
 * What the evaluation knows of one invoice: its amounts and dates from the mirror, the steps already issued, and
 * what people decided about it (pause, dispute, a manual next step) or about its debtor.
 *
 * @param pausedUntil  no letter up to and including this day (null: not paused)
 * @param overrideStep a person's choice of the next step (S-DUN-5), by index; null: the policy decides
 * @param erpRestrictions what the customer card in the accounting system forbids (S-DUN-6)
 */
public record ClaimSnapshot(UUID documentId, String debtor, boolean creditNote, LocalDate dueDate, Money open,
                            List<IssuedStep> issued, DebtorStanding standing, boolean disputed, LocalDate pausedUntil,
                            Integer overrideStep, Set<FollowUpRestriction> erpRestrictions) {

    public ClaimSnapshot {
        issued = List.copyOf(issued);
        erpRestrictions = erpRestrictions == null || erpRestrictions.isEmpty() ? Set.of() : Set.copyOf(erpRestrictions);
    }

    /** The same invoice as far as a person or the policy decided, with no restriction from the accounting system. */
    public ClaimSnapshot(UUID documentId, String debtor, boolean creditNote, LocalDate dueDate, Money open,
                         List<IssuedStep> issued, DebtorStanding standing, boolean disputed, LocalDate pausedUntil,
                         Integer overrideStep) {
        this(documentId, debtor, creditNote, dueDate, open, issued, standing, disputed, pausedUntil, overrideStep,
                Set.of());
    }

    public boolean restricted(FollowUpRestriction restriction) {
        return erpRestrictions.contains(restriction);
    }

    public IssuedStep last() {
        return issued.isEmpty() ? null : issued.getLast();
    }

    public int timesIssued(int stepIndex) {
        return (int) issued.stream().filter(s -> s.stepIndex() == stepIndex).count();
    }
}
