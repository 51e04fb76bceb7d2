package org.reskontro.simulator.poweroffice;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may reach what: the subscription keys the gateway accepts, the application keys of registered integrations,
 * and each client key with the client it opens (a client key belongs to one application key).
 */
final class Integrations {

    private record ClientAccess(String applicationKey, UUID client) {
    }

    private final Set<String> subscriptionKeys = ConcurrentHashMap.newKeySet();
    private final Map<String, ClientAccess> clientKeys = new ConcurrentHashMap<>();
    private final Map<UUID, ClientBooks> clients = new ConcurrentHashMap<>();

    synchronized ClientBooks register(PowerOfficeClient client, java.time.Instant at) {
        if (clients.containsKey(client.id())) {
            throw new IllegalArgumentException("The simulator already has a client " + client.id());
        }
        PowerOfficeCredentials keys = client.credentials();
        if (clientKeys.containsKey(keys.clientKey())) {
            throw new IllegalArgumentException("The client key is already in use");
        }
        subscriptionKeys.add(keys.subscriptionKey());
        clientKeys.put(keys.clientKey(), new ClientAccess(keys.applicationKey(), client.id()));
        ClientBooks books = new ClientBooks(client, at);
        clients.put(client.id(), books);
        return books;
    }

    boolean knowsSubscriptionKey(String key) {
        return subscriptionKeys.contains(key);
    }

    /** The client an application key and client key open together, if they belong together. */
    Optional<UUID> client(String applicationKey, String clientKey) {
        ClientAccess access = clientKeys.get(clientKey);
        return access != null && access.applicationKey().equals(applicationKey) ? Optional.of(access.client())
                : Optional.empty();
    }

    Optional<ClientBooks> books(UUID client) {
        return Optional.ofNullable(clients.get(client));
    }

    ClientBooks require(UUID client) {
        return books(client).orElseThrow(() -> new IllegalArgumentException("No client " + client));
    }

    List<ClientBooks> all() {
        return List.copyOf(clients.values());
    }
}
