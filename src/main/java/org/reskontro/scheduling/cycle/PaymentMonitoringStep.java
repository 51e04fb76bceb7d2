package org.reskontro.scheduling.cycle;

import org.reskontro.bookkeeping.Bookkeeping;
import org.reskontro.scheduling.CycleId;
import org.reskontro.scheduling.StepKind;
import org.reskontro.shared.CreditorId;
import org.springframework.stereotype.Component;

/** The second step (S-FEE-6): what debtors paid on the fee invoices and interest notes, from the mirror. */
@Component
class PaymentMonitoringStep implements CycleStep {

    private final Bookkeeping bookkeeping;

    PaymentMonitoringStep(Bookkeeping bookkeeping) {
        this.bookkeeping = bookkeeping;
    }

    @Override
    public StepKind kind() {
        return StepKind.PAYMENT_MONITORING;
    }

    @Override
    public StepOutcome run(CreditorId creditor, CycleId cycle) {
        return StepOutcome.succeeded(bookkeeping.monitorPayments(creditor).describe());
    }
}
