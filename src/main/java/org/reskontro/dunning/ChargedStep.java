package org.reskontro.dunning;

import java.time.LocalDate;
import java.util.UUID;
import org.reskontro.shared.Money;

/**
 * A step that charged a fee or interest on an invoice, in a letter that went out: what bookkeeping books back into the
 * accounting system. The explanations are the charges' own JSON (rule, rate, days, source), null when none.
 */
public record ChargedStep(UUID stepId, UUID documentId, Long documentNumber, String debtorExternalId,
        LocalDate issuedOn, Money fee, Money interest, String feeExplanation, String interestExplanation) {
}
