package org.reskontro.ledger.sync;

import org.reskontro.ledger.spi.ErpDocument;

/**
 * The one rule for whether a listed document tells the mirror something new: one it does not hold yet that is
 * open, or one it holds that was deleted or whose version or status moved (a version that is a timestamp in whole
 * seconds, as Dinero's UpdatedAt, can stay the same when a payment lands in the second the last sync read it; the
 * status still moves when that payment settles the document). The change feed applies it to the few documents it
 * lists; the sync applies the same rule to a staged listing of any size as SQL ({@link #SQL}), side by side here.
 */
final class DocumentNews {

    /**
     * The rule over a staged listing {@code s} left-joined to the mirrored document {@code d} and its open item
     * {@code o} (see {@code SyncStage.markNews}).
     */
    static final String SQL = """
            case when d.id is null then not s.deleted and s.erp_status in ('OPEN', 'OVERDUE')
                 else s.deleted or s.erp_version is distinct from o.erp_version
                      or s.erp_status is distinct from o.erp_status end""";

    private DocumentNews() {
    }

    static boolean isNews(ErpDocument document, boolean mirrored, String mirroredVersion, String mirroredStatus) {
        if (!mirrored) {
            return !document.deleted() && document.status().mayBeOpen();
        }
        return document.deleted() || !document.version().equals(mirroredVersion)
                || !document.status().name().equals(mirroredStatus);
    }
}
