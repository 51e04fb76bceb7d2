package org.reskontro.shared;

import java.net.URI;
import java.util.List;

/**
 * The accounting systems Reskontro connects to, with the real service's addresses as defaults
 * (a creditor may point a connection at a sandbox, a proxy or a simulator instead) and the names of
 * the credentials each one needs.
 */
public enum AccountingSystemKind {

    /** Visma Dinero (DK). Legacy personal-integration auth: OAuth2 password grant with the API key. */
    DINERO("Dinero", URI.create("https://api.dinero.dk"), URI.create("https://authz.dinero.dk/dineroapi/oauth/token"),
            List.of("clientId", "clientSecret", "apiKey")),

    /**
     * PowerOffice Go (NO), API v2. OAuth2 client credentials: Basic(application key:client key) at the token URL,
     * the subscription key in {@code Ocp-Apim-Subscription-Key} on every call (developer portal, "Authentication").
     * The organisation id is the client's organisation number in PowerOffice Go.
     */
    POWEROFFICE_GO("PowerOffice Go", URI.create("https://goapi.poweroffice.net/v2"),
            URI.create("https://goapi.poweroffice.net/OAuth/Token"),
            List.of("applicationKey", "clientKey", "subscriptionKey"));

    private final String displayName;
    private final URI defaultApiBaseUrl;
    private final URI defaultTokenUrl;
    private final List<String> credentialNames;

    AccountingSystemKind(String displayName, URI defaultApiBaseUrl, URI defaultTokenUrl, List<String> credentialNames) {
        this.displayName = displayName;
        this.defaultApiBaseUrl = defaultApiBaseUrl;
        this.defaultTokenUrl = defaultTokenUrl;
        this.credentialNames = credentialNames;
    }

    public String displayName() {
        return displayName;
    }

    public URI defaultApiBaseUrl() {
        return defaultApiBaseUrl;
    }

    public URI defaultTokenUrl() {
        return defaultTokenUrl;
    }

    public List<String> credentialNames() {
        return credentialNames;
    }
}
