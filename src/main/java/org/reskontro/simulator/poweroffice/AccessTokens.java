package org.reskontro.simulator.poweroffice;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Bearer tokens from the token endpoint, each for one client; they live 20 minutes, as v2 tokens do. */
final class AccessTokens {

    static final Duration LIFETIME = Duration.ofMinutes(20);

    private record Grant(UUID client, Instant expiresAt) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();

    String issue(UUID client, Instant now) {
        byte[] bytes = new byte[48];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        grants.put(token, new Grant(client, now.plus(LIFETIME)));
        return token;
    }

    Optional<UUID> clientFor(String token, Instant now) {
        Grant grant = grants.get(token);
        return grant == null || !now.isBefore(grant.expiresAt()) ? Optional.empty() : Optional.of(grant.client());
    }

    void revokeAll() {
        grants.clear();
    }
}
