package org.reskontro.scheduling.cycle;

import org.reskontro.bookkeeping.Bookkeeping;
import org.reskontro.bookkeeping.FeePostingSummary;
import org.reskontro.scheduling.CycleId;
import org.reskontro.scheduling.StepKind;
import org.reskontro.shared.CreditorId;
import org.springframework.stereotype.Component;

/** The first step (S-SYNC-4): book what dunning charged, and send the outbox, before anything is read back. */
@Component
class FeePostingStep implements CycleStep {

    private final Bookkeeping bookkeeping;

    FeePostingStep(Bookkeeping bookkeeping) {
        this.bookkeeping = bookkeeping;
    }

    @Override
    public StepKind kind() {
        return StepKind.FEE_POSTING;
    }

    @Override
    public StepOutcome run(CreditorId creditor, CycleId cycle) {
        FeePostingSummary summary = bookkeeping.postFees(creditor);
        return summary.drain().failed() > 0 ? StepOutcome.failed(summary.describe()) : StepOutcome.succeeded(summary.describe());
    }
}
