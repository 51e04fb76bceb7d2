package org.reskontro.creditors;

import java.util.Map;
import org.reskontro.shared.AccountingSystemKind;

/**
 * Command: point a creditor at its accounting system. Blank URLs mean the real service's defaults; a credential
 * left out (or blank) keeps its stored value, so a form never has to echo a secret back.
 */
public record ConnectionSettings(AccountingSystemKind system, String apiBaseUrl, String tokenUrl,
        String organisationId, Map<String, String> credentials) {

    public ConnectionSettings {
        credentials = credentials == null ? Map.of() : Map.copyOf(credentials);
    }

    @Override
    public String toString() {
        return "ConnectionSettings[" + system + " " + apiBaseUrl + " " + organisationId + ", credentials "
                + credentials.keySet() + " (hidden)]";
    }
}
