package org.reskontro.simulator.dinero;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Bearer tokens handed out by the token endpoint, each tied to the API key it was granted for. */
final class AccessTokens {

    static final Duration LIFETIME = Duration.ofHours(1);

    private record Grant(String apiKey, Instant expiresAt) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();

    String issue(String apiKey, Instant now) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        grants.put(token, new Grant(apiKey, now.plus(LIFETIME)));
        return token;
    }

    /** The API key behind a token that is known and not yet expired. */
    Optional<String> apiKeyFor(String token, Instant now) {
        Grant grant = grants.get(token);
        return grant == null || !now.isBefore(grant.expiresAt()) ? Optional.empty() : Optional.of(grant.apiKey());
    }

    void revokeAll() {
        grants.clear();
    }
}
