package org.reskontro.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a sync proved (invariant I1): every document it checked has the same open amount in the mirror as in the
 * accounting system, or is listed with the difference and the reason. A full sweep checks every mirrored
 * document; a delta checks the documents the accounting system reported as changed.
 */
public record ReconciliationReport(SyncRunId run, String scope, Instant createdAt, int documentsChecked,
        int documentsAgreeing, List<Discrepancy> discrepancies) {

    public ReconciliationReport {
        discrepancies = List.copyOf(discrepancies);
    }

    public boolean clean() {
        return discrepancies.isEmpty();
    }

    /** One document whose books disagree; {@code erpOpen} is null when the accounting system no longer lists it. */
    public record Discrepancy(String externalId, UUID documentId, Long number, String currency, BigDecimal mirrorOpen,
            BigDecimal erpOpen, String reasonCode, String reason) {

        public BigDecimal difference() {
            return mirrorOpen == null || erpOpen == null ? null : mirrorOpen.subtract(erpOpen);
        }
    }
}
