package org.reskontro.dunning.domain;

import java.time.LocalDate;

/** A step already sent (or proposed) for a claim: which one, when, and the deadline it gave. */
public record IssuedStep(int stepIndex, StepType type, LocalDate issuedOn, LocalDate deadline) {
}
