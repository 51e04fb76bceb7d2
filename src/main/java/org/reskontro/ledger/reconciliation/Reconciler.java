package org.reskontro.ledger.reconciliation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.reskontro.ledger.ReconciliationReport;
import org.reskontro.ledger.ReconciliationReport.Discrepancy;
import org.reskontro.ledger.SyncRunId;
import org.reskontro.ledger.reconciliation.ReconciliationRows.MirroredDocument;
import org.reskontro.ledger.spi.DocumentBalance;
import org.reskontro.ledger.spi.ErpDocument;
import org.reskontro.ledger.spi.ErpPayment;
import org.reskontro.ledger.spi.ErpStatus;
import org.reskontro.shared.CreditorId;
import org.reskontro.shared.DocumentKind;
import org.springframework.stereotype.Component;

/**
 * Proves invariant I1 after a sync has been applied, inside the same transaction: compares each mirrored document
 * with what the accounting system said in this run. A document whose version is unchanged since it was mirrored
 * agrees by construction (its balance was fetched when that version was seen); every other one is compared amount
 * by amount.
 */
@Component
public class Reconciler {

    private final ReconciliationRows rows;

    Reconciler(ReconciliationRows rows) {
        this.rows = rows;
    }

    public ReconciliationReport reconcile(CreditorId creditor, SyncRunId run, boolean fullSweep, Observations seen,
            Instant at) {
        List<MirroredDocument> mirrored = fullSweep ? rows.mirrored(creditor)
                : rows.mirrored(creditor, seen.listed().keySet());
        List<Discrepancy> discrepancies = new ArrayList<>();
        int checked = 0;
        for (MirroredDocument mine : mirrored) {
            ErpDocument theirs = seen.listed().get(mine.externalId());
            if (theirs == null) {
                if (mine.open().signum() != 0) {
                    checked++;
                    discrepancies.add(discrepancy(mine, null, "NOT_LISTED", "The accounting system no longer lists "
                            + "this open document: deleted there, or redated before the start date"));
                }
                continue;
            }
            checked++;
            Discrepancy found = compare(mine, theirs, seen.balances().get(mine.externalId()));
            if (found == null) {
                found = mirrorInconsistency(mine);
            }
            if (found != null) {
                discrepancies.add(found);
            }
        }
        ReconciliationReport report = new ReconciliationReport(run, fullSweep ? "FULL" : "DELTA", at, checked,
                checked - discrepancies.size(), discrepancies);
        rows.save(creditor, report);
        return report;
    }

    private static Discrepancy compare(MirroredDocument mine, ErpDocument theirs, DocumentBalance balance) {
        BigDecimal erpOpen;
        if (theirs.deleted()) {
            erpOpen = BigDecimal.ZERO;
        } else if (balance != null) {
            erpOpen = signed(mine.kind(), balance.open().amount());
            String inconsistency = inconsistency(mine, theirs, balance);
            if (inconsistency != null && erpOpen.compareTo(mine.open()) == 0) {
                return discrepancy(mine, erpOpen, "ERP_INCONSISTENT", inconsistency);
            }
        } else if (theirs.status() == ErpStatus.SETTLED) {
            erpOpen = BigDecimal.ZERO;
        } else if (theirs.version().equals(mine.erpVersion())) {
            return theirs.status().mayBeOpen() && mine.open().signum() == 0
                    ? discrepancy(mine, null, "STATUS_OPEN", "The accounting system calls it "
                            + theirs.status() + " but the mirror has nothing open on it")
                    : null;
        } else {
            return discrepancy(mine, null, "NOT_FETCHED", "Changed in the accounting system, but its balance "
                    + "was not fetched in this run");
        }
        if (erpOpen.compareTo(mine.open()) != 0) {
            return discrepancy(mine, erpOpen, "OPEN_AMOUNT_DIFFERS", "The open amount differs by "
                    + mine.open().subtract(erpOpen).toPlainString() + " " + mine.currency());
        }
        return null;
    }

    /**
     * The mirror's own arithmetic (I4): what is open is the total less the allocated payments. Catches a mirror that
     * drifted even where the accounting system's version says nothing changed.
     */
    private static Discrepancy mirrorInconsistency(MirroredDocument mine) {
        if ("DELETED".equals(mine.erpStatus())) {
            return null;
        }
        BigDecimal expected = signed(mine.kind(), mine.total().subtract(mine.allocated()));
        if (expected.compareTo(mine.open()) == 0) {
            return null;
        }
        return discrepancy(mine, null, "MIRROR_INCONSISTENT", "The mirror holds " + mine.open().toPlainString()
                + " open, but its total less its payments is " + expected.toPlainString());
    }

    /** The accounting system's own arithmetic: an invoice's remainder should be its total less its payments. */
    private static String inconsistency(MirroredDocument mine, ErpDocument theirs, DocumentBalance balance) {
        if (mine.kind() != DocumentKind.INVOICE) {
            return null;
        }
        BigDecimal paid = balance.payments().stream().map(ErpPayment::amount).map(m -> m.amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal expected = theirs.totalInclVat().amount().subtract(paid);
        if (expected.compareTo(balance.open().amount()) == 0) {
            return null;
        }
        return "The accounting system states " + balance.open().amount().toPlainString() + " open, but total "
                + theirs.totalInclVat().amount().toPlainString() + " less payments " + paid.toPlainString() + " is "
                + expected.toPlainString() + " (reminder fees or payments outside the invoice?)";
    }

    private static BigDecimal signed(DocumentKind kind, BigDecimal open) {
        return kind == DocumentKind.CREDIT_NOTE ? open.negate() : open;
    }

    private static Discrepancy discrepancy(MirroredDocument mine, BigDecimal erpOpen, String code, String reason) {
        return new Discrepancy(mine.externalId(), mine.documentId(), mine.number(), mine.currency(), mine.open(),
                erpOpen, code, reason);
    }
}
