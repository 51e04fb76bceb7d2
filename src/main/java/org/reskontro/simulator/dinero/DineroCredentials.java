package org.reskontro.simulator.dinero;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.reskontro.shared.AccountingSystemKind;

/** The three secrets of Dinero's legacy personal integration. {@link #toString()} hides them. */
public record DineroCredentials(String clientId, String clientSecret, String apiKey) {

    public DineroCredentials {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(apiKey, "apiKey");
    }

    /** Keyed by the credential names {@link AccountingSystemKind#DINERO} declares, ready for a connection. */
    public Map<String, String> asMap() {
        List<String> names = AccountingSystemKind.DINERO.credentialNames();
        return Map.of(names.get(0), clientId, names.get(1), clientSecret, names.get(2), apiKey);
    }

    @Override
    public String toString() {
        return "DineroCredentials[clientId=" + clientId + ", clientSecret and apiKey hidden]";
    }
}
