package org.reskontro.ledger.reconciliation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.reskontro.ledger.ReconciliationReport.Discrepancy;
import org.reskontro.ledger.SyncRunId;
import org.reskontro.ledger.reconciliation.ReconciliationRows.Listing;
import org.reskontro.ledger.reconciliation.ReconciliationRows.MirroredDocument;
import org.reskontro.ledger.reconciliation.ReconciliationRows.Stated;
import org.reskontro.ledger.spi.ErpStatus;
import org.reskontro.shared.CreditorId;
import org.reskontro.shared.DocumentKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Proves invariant I1 after a sync has been applied, inside the same transaction: compares each mirrored document
 * with what the accounting system said in this run, streaming through the staged run so memory stays flat. A
 * document whose version is unchanged since it was mirrored agrees by construction (its balance was fetched when
 * that version was seen); every other one is compared amount by amount.
 */
@Component
public class Reconciler {

    private static final Logger log = LoggerFactory.getLogger(Reconciler.class);
    private static final int SAVE_EVERY = 1_000;

    private final ReconciliationRows rows;

    Reconciler(ReconciliationRows rows) {
        this.rows = rows;
    }

    /** Writes the run's report and returns how many discrepancies it lists. */
    public int reconcile(CreditorId creditor, SyncRunId run, boolean fullSweep, Instant at) {
        long start = System.nanoTime();
        List<Discrepancy> pending = new ArrayList<>();
        int[] counts = new int[2]; // checked, discrepancies
        rows.inScope(creditor, run, fullSweep, compared -> {
            MirroredDocument mine = compared.mine();
            Discrepancy found;
            if (compared.listing() == null) {
                if (mine.open().signum() == 0) {
                    return;
                }
                found = discrepancy(mine, null, "NOT_LISTED", "The accounting system no longer lists this open "
                        + "document: deleted there, or redated before the start date");
            } else {
                found = compare(mine, compared.listing(), compared.stated());
                if (found == null) {
                    found = mirrorInconsistency(mine);
                }
            }
            counts[0]++;
            if (found != null) {
                counts[1]++;
                pending.add(found);
                if (pending.size() >= SAVE_EVERY) {
                    rows.saveItems(creditor, run, pending);
                    pending.clear();
                }
            }
        });
        rows.saveItems(creditor, run, pending);
        rows.saveHeader(creditor, run, fullSweep ? "FULL" : "DELTA", at, counts[0], counts[0] - counts[1], counts[1]);
        log.debug("Reconciled run {}: {} documents checked, {} discrepancies, {} ms", run, counts[0], counts[1],
                (System.nanoTime() - start) / 1_000_000);
        return counts[1];
    }

    private static Discrepancy compare(MirroredDocument mine, Listing theirs, Stated balance) {
        BigDecimal erpOpen;
        if (theirs.deleted()) {
            erpOpen = BigDecimal.ZERO;
        } else if (balance != null) {
            erpOpen = signed(mine.kind(), balance.open());
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
    private static String inconsistency(MirroredDocument mine, Listing theirs, Stated balance) {
        if (mine.kind() != DocumentKind.INVOICE) {
            return null;
        }
        BigDecimal paid = balance.paymentsTotal();
        BigDecimal expected = theirs.total().subtract(paid);
        if (expected.compareTo(balance.open()) == 0) {
            return null;
        }
        return "The accounting system states " + plain(balance.open()) + " open, but total "
                + plain(theirs.total()) + " less payments " + plain(paid) + " is " + plain(expected)
                + " (reminder fees or payments outside the invoice?)";
    }

    /** Staged amounts carry the column's four decimals; people read them as the accounting system wrote them. */
    private static String plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return (stripped.scale() < 2 ? stripped.setScale(2) : stripped)
                .toPlainString();
    }

    private static BigDecimal signed(DocumentKind kind, BigDecimal open) {
        return kind == DocumentKind.CREDIT_NOTE ? open.negate() : open;
    }

    private static Discrepancy discrepancy(MirroredDocument mine, BigDecimal erpOpen, String code, String reason) {
        return new Discrepancy(mine.externalId(), mine.documentId(), mine.number(), mine.currency(), mine.open(),
                erpOpen, code, reason);
    }
}
