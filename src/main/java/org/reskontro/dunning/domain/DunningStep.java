package org.reskontro.dunning.domain;

/**
 * One step of a policy.
 *
 * @param delayDays     when the step is due, counted per {@code from}
 * @param deadlineDays  the new payment deadline the letter gives, from the day it is sent
 * @param repeatEveryDays repeat this step every so many days until the next step is due (0: once)
 * @param maxRepeats    how many repeats at most (0 with a repeat interval: until the next step)
 */
public record DunningStep(StepType type, int delayDays, DelayFrom from, int deadlineDays, Channel channel,
                          boolean chargeFee, boolean chargeInterest, boolean needsApproval, boolean attachInvoice,
                          int repeatEveryDays, int maxRepeats) {

    public DunningStep {
        if (deadlineDays < 0 || repeatEveryDays < 0 || maxRepeats < 0) {
            throw new IllegalArgumentException("Deadlines and repeats cannot be negative");
        }
        if (type == StepType.PRE_DUE_NOTICE && (chargeFee || chargeInterest)) {
            throw new IllegalArgumentException("A notice before the due date cannot carry a fee or interest");
        }
        if (from == DelayFrom.PREVIOUS_DEADLINE && delayDays < 1) {
            throw new IllegalArgumentException("A step after the previous deadline comes at least 1 day after it");
        }
    }

    public boolean repeats() {
        return repeatEveryDays > 0;
    }
}
