package org.reskontro.creditors;

import java.net.URI;
import java.util.Map;
import org.reskontro.shared.AccountingSystemKind;
import org.reskontro.shared.CreditorId;

/** Decrypted connection details, handed only to the ledger's sync. {@link #toString()} hides the credentials. */
public record ErpAccess(CreditorId creditor, AccountingSystemKind system, URI apiBaseUrl, URI tokenUrl,
        String organisationId, Map<String, String> credentials) {

    @Override
    public String toString() {
        return "ErpAccess[" + creditor + " " + system + " " + apiBaseUrl + ", credentials " + credentials.keySet()
                + " (hidden)]";
    }
}
