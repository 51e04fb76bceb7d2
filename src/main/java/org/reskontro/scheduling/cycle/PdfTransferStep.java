package org.reskontro.scheduling.cycle;

import org.reskontro.ledger.Documents;
import org.reskontro.ledger.PdfTransfer;
import org.reskontro.scheduling.CycleId;
import org.reskontro.scheduling.Step;
import org.reskontro.scheduling.StepKind;
import org.reskontro.shared.CreditorId;
import org.springframework.stereotype.Component;

/** The PDF transfer: copy the PDFs of new invoice numbers (S-DOC-1); the ledger decides which are new. */
@Component
class PdfTransferStep implements CycleStep {

    private final Documents documents;

    PdfTransferStep(Documents documents) {
        this.documents = documents;
    }

    @Override
    public StepKind kind() {
        return StepKind.PDF_TRANSFER;
    }

    @Override
    public StepOutcome run(CreditorId creditor, CycleId cycle) {
        PdfTransfer transfer = documents.runPdfTransfer(creditor);
        String counts = transfer.fetched() + " PDFs stored, " + transfer.failed() + " failed, " + transfer.remaining()
                + " still to fetch";
        return switch (transfer.outcome()) {
            case DONE -> StepOutcome.succeeded(counts);
            case BUSY -> StepOutcome.skipped("Another PDF transfer of this creditor was running");
            case ABORTED -> new StepOutcome(Step.Status.FAILED, counts,
                    transfer.errorCategory() + ": " + transfer.errorMessage(), null);
        };
    }
}
