package org.reskontro.scheduling.cycle;

import org.reskontro.scheduling.CycleId;
import org.reskontro.scheduling.StepKind;
import org.reskontro.shared.CreditorId;

/**
 * One step of the cycle: a bean in this module that calls another module's facade. A later issue adds its step
 * by adding a bean; a kind without one is recorded as skipped. Steps run one after another on the node that runs
 * the cycle and may take minutes; a step that throws is recorded as failed and the next step still runs.
 */
public interface CycleStep {

    StepKind kind();

    StepOutcome run(CreditorId creditor, CycleId cycle);
}
