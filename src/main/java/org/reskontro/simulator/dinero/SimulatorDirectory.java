package org.reskontro.simulator.dinero;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Who may reach what: registered API clients, API keys and the organisations each key opens. */
final class SimulatorDirectory {

    private final Map<Integer, OrganisationBooks> organisations = new ConcurrentHashMap<>();
    private final Map<String, String> clientSecrets = new ConcurrentHashMap<>();
    private final Map<String, Set<Integer>> organisationsByApiKey = new ConcurrentHashMap<>();

    synchronized OrganisationBooks register(int id, String name, DineroCredentials credentials) {
        if (organisations.containsKey(id)) {
            throw new IllegalArgumentException("The simulator already has an organisation " + id);
        }
        String secret = clientSecrets.putIfAbsent(credentials.clientId(), credentials.clientSecret());
        if (secret != null && !secret.equals(credentials.clientSecret())) {
            throw new IllegalArgumentException("Client " + credentials.clientId() + " exists with another secret");
        }
        organisationsByApiKey.computeIfAbsent(credentials.apiKey(), key -> ConcurrentHashMap.newKeySet()).add(id);
        OrganisationBooks books = new OrganisationBooks(id, name);
        organisations.put(id, books);
        return books;
    }

    boolean clientMatches(String clientId, String clientSecret) {
        return Objects.equals(clientSecrets.get(clientId), clientSecret);
    }

    boolean knowsApiKey(String apiKey) {
        return organisationsByApiKey.containsKey(apiKey);
    }

    boolean hasAccess(String apiKey, int organisationId) {
        return organisationsByApiKey.getOrDefault(apiKey, Set.of()).contains(organisationId);
    }

    Optional<OrganisationBooks> organisation(int id) {
        return Optional.ofNullable(organisations.get(id));
    }

    OrganisationBooks require(int id) {
        return organisation(id).orElseThrow(() -> new IllegalArgumentException("No organisation " + id));
    }

    List<OrganisationBooks> organisationsFor(String apiKey) {
        return organisationsByApiKey.getOrDefault(apiKey, Set.of()).stream().sorted().map(organisations::get)
                .toList();
    }

    int nextFreeId() {
        return organisations.keySet().stream().mapToInt(Integer::intValue).max().orElse(100_000) + 1;
    }
}
