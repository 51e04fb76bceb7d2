package org.reskontro.ledger.spi;

import java.net.URI;
import java.util.Map;
import org.reskontro.shared.AccountingSystemKind;
import org.reskontro.shared.CreditorId;

/**
 * Where and as whom to reach a creditor's accounting system. Holds decrypted credentials: it lives only for
 * the length of a sync, and {@link #toString()} never shows them.
 */
public record ConnectionDetails(CreditorId creditor, AccountingSystemKind kind, URI apiBaseUrl, URI tokenUrl,
        String organisationId, Map<String, String> credentials) {

    public ConnectionDetails {
        credentials = Map.copyOf(credentials);
    }

    public String credential(String name) {
        String value = credentials.get(name);
        if (value == null || value.isBlank()) {
            throw new AccountingSystemException(AccountingSystemException.Category.AUTHENTICATION,
                    "The " + kind.displayName() + " connection has no '" + name + "'");
        }
        return value;
    }

    @Override
    public String toString() {
        return "ConnectionDetails[" + kind + " " + apiBaseUrl + " organisation " + organisationId + ", credentials "
                + credentials.keySet() + " (hidden)]";
    }
}
