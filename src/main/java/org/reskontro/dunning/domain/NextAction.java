package org.reskontro.dunning.domain;

import java.time.LocalDate;

/** The evaluation's answer for one invoice today. */
public sealed interface NextAction {

    /** Send this step today, giving this deadline. */
    record Issue(int stepIndex, DunningStep step, LocalDate on, LocalDate deadline, boolean repeat, boolean manual)
            implements NextAction {
    }

    /** The next step is known but not due yet. */
    record Wait(int stepIndex, DunningStep step, LocalDate until, Reason reason) implements NextAction {
    }

    /** Nothing will be sent, and why (with the day it may change, where known). */
    record None(Reason reason, LocalDate until) implements NextAction {
    }
}
