package org.reskontro.api;

import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.ledger.SyncRunId;
import org.reskontro.shared.CreditorId;

/** Ids from paths; a malformed one is "not found", like an id the caller may not see. */
final class ApiIds {

    private ApiIds() {
    }

    static CreditorId creditor(String raw) {
        try {
            return CreditorId.of(raw);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No creditor " + raw);
        }
    }

    /** The creditor of a path, if the caller may see it; otherwise 404, as if it did not exist. */
    static Creditor visibleCreditor(Creditors creditors, String raw) {
        return creditors.visible(raw);
    }

    static SyncRunId run(String raw) {
        try {
            return SyncRunId.of(raw);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No sync run " + raw);
        }
    }

    static final class NotFoundException extends RuntimeException {
        NotFoundException(String message) {
            super(message);
        }
    }
}
