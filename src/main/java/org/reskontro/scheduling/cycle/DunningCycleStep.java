package org.reskontro.scheduling.cycle;

import org.reskontro.dunning.Dunning;
import org.reskontro.dunning.RunSummary;
import org.reskontro.scheduling.CycleId;
import org.reskontro.scheduling.StepKind;
import org.reskontro.shared.CreditorId;
import org.springframework.stereotype.Component;

/**
 * The last step: the day's dunning evaluation on the mirror the posting sync just refreshed. A cycle runs several
 * times a day; the evaluation is idempotent per day, so later cycles only issue what became due since.
 */
@Component
class DunningCycleStep implements CycleStep {

    private final Dunning dunning;

    DunningCycleStep(Dunning dunning) {
        this.dunning = dunning;
    }

    @Override
    public StepKind kind() {
        return StepKind.DUNNING;
    }

    @Override
    public StepOutcome run(CreditorId creditor, CycleId cycle) {
        RunSummary run = dunning.runToday(creditor);
        int sent = dunning.sendLetters(creditor);
        boolean listed = dunning.sendOutstandingListIfDue(creditor);
        return StepOutcome.succeeded(run.invoicesEvaluated() + " invoices evaluated for " + run.day() + ": "
                + run.stepsIssued() + " steps issued in " + run.letters() + " letters, " + run.waiting() + " waiting, "
                + run.noAction() + " with no action; " + sent + " letters handed to e-mail or print"
                + (listed ? "; the outstanding list was sent" : ""));
    }
}
