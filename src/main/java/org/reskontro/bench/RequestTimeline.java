package org.reskontro.bench;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import org.reskontro.simulator.dinero.DineroExchange;

/**
 * Listens to the simulator and notes, per kind of request, how many were answered and when the first and the last
 * one was; a sync asks in order (token, lists, then balances), so the gaps between them are its phases.
 */
final class RequestTimeline implements Consumer<DineroExchange> {

    enum Kind { TOKEN, LIST, BALANCE, OTHER }

    /** Counts and answer times (System.nanoTime) of one kind; first and last are 0 when none came. */
    record Seen(int count, long first, long last) {
    }

    private final Map<Kind, Seen> seen = new EnumMap<>(Kind.class);

    @Override
    public synchronized void accept(DineroExchange exchange) {
        long now = System.nanoTime();
        seen.merge(kind(exchange.path()), new Seen(1, now, now),
                (before, next) -> new Seen(before.count() + 1, before.first(), next.last()));
    }

    synchronized void clear() {
        seen.clear();
    }

    synchronized Seen of(Kind kind) {
        return seen.getOrDefault(kind, new Seen(0, 0, 0));
    }

    synchronized long lastAnswer() {
        return seen.values().stream().mapToLong(Seen::last).max().orElse(0);
    }

    static Kind kind(String path) {
        if (path.endsWith("/oauth/token")) {
            return Kind.TOKEN;
        }
        if (path.endsWith("/payments")) {
            return Kind.BALANCE;
        }
        if (path.endsWith("/contacts") || path.endsWith("/invoices") || path.endsWith("/creditnotes")) {
            return Kind.LIST;
        }
        return Kind.OTHER;
    }
}
