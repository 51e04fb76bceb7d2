package org.reskontro.simulator.poweroffice;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.reskontro.shared.AccountingSystemKind;

/**
 * The three keys of a PowerOffice Go v2 integration: the application key (one per integration), the client key
 * (one per client company, made when the client adds the extension) and the subscription key (from the developer
 * portal). {@link #toString()} hides them.
 */
public record PowerOfficeCredentials(String applicationKey, String clientKey, String subscriptionKey) {

    public PowerOfficeCredentials {
        Objects.requireNonNull(applicationKey, "applicationKey");
        Objects.requireNonNull(clientKey, "clientKey");
        Objects.requireNonNull(subscriptionKey, "subscriptionKey");
    }

    /** Keyed by the credential names {@link AccountingSystemKind#POWEROFFICE_GO} declares, ready for a connection. */
    public Map<String, String> asMap() {
        List<String> names = AccountingSystemKind.POWEROFFICE_GO.credentialNames();
        return Map.of(names.get(0), applicationKey, names.get(1), clientKey, names.get(2), subscriptionKey);
    }

    @Override
    public String toString() {
        return "PowerOfficeCredentials[keys hidden]";
    }
}
