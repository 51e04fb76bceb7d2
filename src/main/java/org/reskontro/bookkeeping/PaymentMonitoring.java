package org.reskontro.bookkeeping;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.reskontro.bookkeeping.persistence.ChargeRows;
import org.reskontro.ledger.ChargeDocuments;
import org.reskontro.shared.CreditorId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Watches what debtors paid on the fee invoices and interest notes Reskontro booked (S-FEE-6), from the mirror the
 * posting sync keeps (the accounting system registers the payments; the sync mirrors them with I1 checked). A
 * charge's paid part is what its document no longer has open, less what a reversal credited.
 */
@Component
class PaymentMonitoring {

    private final ChargeRows charges;
    private final ChargeDocuments documents;
    private final Clock clock;

    PaymentMonitoring(ChargeRows charges, ChargeDocuments documents, Clock clock) {
        this.charges = charges;
        this.documents = documents;
        this.clock = clock;
    }

    @Transactional
    MonitoringSummary run(CreditorId creditor) {
        Instant now = clock.instant();
        List<ChargeView> watched = charges.monitored(creditor);
        Map<String, BigDecimal> open = documents.openAmounts(creditor,
                watched.stream().map(ChargeView::externalId).toList());
        int notMirrored = 0;
        int paidInFull = 0;
        int newlyPaid = 0;
        int partly = 0;
        BigDecimal paidTotal = BigDecimal.ZERO;
        for (ChargeView charge : watched) {
            BigDecimal stillOpen = open.get(charge.externalId());
            if (stillOpen == null) {
                notMirrored++;
                continue;
            }
            BigDecimal credited = "SENT".equals(charge.reversalStatus()) ? charge.amount().amount() : BigDecimal.ZERO;
            BigDecimal paid = charge.amount().amount().subtract(stillOpen).subtract(credited).max(BigDecimal.ZERO);
            boolean wasPaid = charge.open() != null && charge.open().isZero();
            charges.monitored(creditor, charge.id(), stillOpen, paid, now);
            paidTotal = paidTotal.add(paid);
            if (stillOpen.signum() == 0 && credited.signum() == 0) {
                paidInFull++;
                if (!wasPaid) {
                    newlyPaid++;
                }
            } else if (paid.signum() > 0) {
                partly++;
            }
        }
        return new MonitoringSummary(watched.size(), paidInFull, newlyPaid, partly, notMirrored, paidTotal);
    }
}
