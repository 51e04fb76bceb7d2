package org.reskontro.dunning.domain;

import java.time.LocalDate;
import org.reskontro.shared.FollowUpRestriction;
import org.reskontro.dunning.domain.NextAction.Issue;
import org.reskontro.dunning.domain.NextAction.None;
import org.reskontro.dunning.domain.NextAction.Wait;

/**
 * Decides one invoice's next action from its policy, its history and today, without side effects. The guards
 * come first and in a fixed order (paid, below the minimum, debtor switched off, no reminders on the customer card,
 * disputed, paused, handed over),
 * so the reason shown is always the most fundamental one. Steps are taken one at a time: an invoice found long
 * overdue gets the next step today, not every missed step at once, so every letter gives its deadline.
 */
public final class DunningEvaluator {

    private DunningEvaluator() {
    }

    public static NextAction nextAction(DunningPolicy policy, ClaimSnapshot claim, LocalDate today,
                                        BusinessCalendar calendar) {
        if (claim.creditNote()) {
            return new None(Reason.CREDIT_NOTE, null);
        }
        if (!claim.open().isPositive()) {
            return new None(Reason.PAID, null);
        }
        if (claim.dueDate() == null) {
            return new None(Reason.NO_DUE_DATE, null);
        }
        if (claim.open().currency().equals(policy.minimumAmount().currency())
                && claim.open().compareTo(policy.minimumAmount()) < 0) {
            return new None(Reason.BELOW_MINIMUM, null);
        }
        if (claim.standing() == DebtorStanding.FOLLOW_UP_OFF) {
            return new None(Reason.DEBTOR_FOLLOW_UP_OFF, null);
        }
        if (claim.restricted(FollowUpRestriction.NO_REMINDERS)) {
            return new None(Reason.ERP_NO_REMINDERS, null);
        }
        if (claim.disputed()) {
            return new None(Reason.DISPUTED, null);
        }
        if (claim.pausedUntil() != null && !today.isAfter(claim.pausedUntil())) {
            return new None(Reason.PAUSED, claim.pausedUntil());
        }
        IssuedStep last = claim.last();
        if (last != null && last.type() == StepType.COLLECTION_HANDOVER) {
            return new None(Reason.HANDED_OVER, null);
        }
        Planned planned = claim.overrideStep() != null
                ? new Planned(claim.overrideStep(), today, false, true)
                : plan(policy, claim, today, calendar);
        if (planned == null) {
            return new None(Reason.POLICY_COMPLETE, null);
        }
        DunningStep step = policy.step(planned.index());
        if (step.type() == StepType.COLLECTION_HANDOVER && (claim.standing() == DebtorStanding.EXCLUDED_FROM_COLLECTION
                || claim.restricted(FollowUpRestriction.NO_DEBT_COLLECTION))) {
            return new None(Reason.DEBTOR_EXCLUDED_FROM_COLLECTION, null);
        }
        if (!planned.on().isAfter(today) && !calendar.isBusinessDay(today)) {
            return new Wait(planned.index(), step, calendar.onOrAfter(today), Reason.NOT_A_BUSINESS_DAY);
        }
        LocalDate due = calendar.onOrAfter(planned.on());
        if (today.isBefore(due)) {
            Reason reason = last == null ? (today.isAfter(claim.dueDate()) ? Reason.WAITING_FOR_STEP : Reason.NOT_DUE_YET)
                    : step.from() == DelayFrom.PREVIOUS_DEADLINE ? Reason.WAITING_FOR_DEADLINE : Reason.WAITING_FOR_STEP;
            return new Wait(planned.index(), step, due, reason);
        }
        LocalDate deadline = calendar.onOrAfter(today.plusDays(step.deadlineDays()));
        return new Issue(planned.index(), step, today, deadline, planned.repeat(), planned.manual());
    }

    /** The next step by the policy: a repeat of the current one if it comes first, else the following step. */
    private static Planned plan(DunningPolicy policy, ClaimSnapshot claim, LocalDate today,
                                BusinessCalendar calendar) {
        IssuedStep last = claim.last();
        int next = last == null ? 0 : last.stepIndex() + 1;
        if (last == null && policy.step(0).type() == StepType.PRE_DUE_NOTICE && !today.isBefore(claim.dueDate())) {
            next = 1; // a notice before the due date makes no sense once it has passed
        }
        Planned following = next < policy.steps().size() ? new Planned(next, dateOf(policy.step(next), claim), false, false)
                : null;
        if (last != null) {
            DunningStep current = policy.step(last.stepIndex());
            int repeatsDone = claim.timesIssued(last.stepIndex()) - 1;
            if (current.repeats() && (current.maxRepeats() == 0 || repeatsDone < current.maxRepeats())) {
                LocalDate again = last.issuedOn().plusDays(current.repeatEveryDays());
                // Compared as sent (on business days): a repeat that would go out with the next step gives way to it.
                if (following == null ? current.maxRepeats() > 0
                        : calendar.onOrAfter(again).isBefore(calendar.onOrAfter(following.on()))) {
                    return new Planned(last.stepIndex(), again, true, false);
                }
            }
        }
        if (following != null && last != null && !following.on().isAfter(last.issuedOn())) {
            return new Planned(following.index(), last.issuedOn().plusDays(1), false, false);
        }
        return following;
    }

    private static LocalDate dateOf(DunningStep step, ClaimSnapshot claim) {
        IssuedStep last = claim.last();
        if (step.from() == DelayFrom.PREVIOUS_DEADLINE && last != null) {
            return last.deadline().plusDays(step.delayDays());
        }
        return claim.dueDate().plusDays(step.delayDays());
    }

    private record Planned(int index, LocalDate on, boolean repeat, boolean manual) {
    }
}
