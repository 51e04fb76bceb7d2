package org.reskontro.ledger.sync;

import org.reskontro.ledger.spi.ErpDocument;

/**
 * The one rule for whether a listed document tells the mirror something new: one it does not hold yet that is
 * open, or one it holds that was deleted or whose version moved. The sync acts on it; the change feed counts it.
 */
final class DocumentNews {

    private DocumentNews() {
    }

    static boolean isNews(ErpDocument document, boolean mirrored, String mirroredVersion) {
        if (!mirrored) {
            return !document.deleted() && document.status().mayBeOpen();
        }
        return document.deleted() || !document.version().equals(mirroredVersion);
    }
}
