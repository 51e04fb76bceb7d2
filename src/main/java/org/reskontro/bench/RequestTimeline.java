package org.reskontro.bench;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import org.reskontro.simulator.dinero.DineroExchange;

/**
 * Listens to the simulator and notes, per kind of request, how many were answered and when the first and the last
 * one was; a sync asks in order (token, lists, ledger entries, then balances), so the gaps between them are its
 * phases. Times are wall-clock nanoseconds since the epoch, so they compare across the bench's two processes.
 */
final class RequestTimeline implements Consumer<DineroExchange> {

    enum Kind { TOKEN, LIST, LEDGER, BALANCE, OTHER }

    /** Counts and answer times of one kind; first and last are 0 when none came. */
    record Seen(int count, long first, long last) {
    }

    private final Map<Kind, Seen> seen = new EnumMap<>(Kind.class);

    static long now() {
        Instant now = org.reskontro.platform.time.WallClock.now(); // a benchmark measures real time
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Override
    public synchronized void accept(DineroExchange exchange) {
        long now = now();
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

    /** {@code TOKEN=1,first,last LIST=…}, for the protocol. */
    synchronized String describe() {
        StringBuilder text = new StringBuilder();
        seen.forEach((kind, s) -> text.append(text.isEmpty() ? "" : " ").append(kind).append('=').append(s.count())
                .append(',').append(s.first()).append(',').append(s.last()));
        return text.toString();
    }

    /** The inverse of {@link #describe()}. */
    static RequestTimeline parse(Map<String, String> values) {
        RequestTimeline timeline = new RequestTimeline();
        values.forEach((kind, value) -> {
            String[] parts = value.split(",");
            timeline.seen.put(Kind.valueOf(kind), new Seen(Integer.parseInt(parts[0]), Long.parseLong(parts[1]),
                    Long.parseLong(parts[2])));
        });
        return timeline;
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
        if (path.endsWith("/entries") || path.endsWith("/entries/changes") || path.endsWith("/accountingyears")
                || path.endsWith("/accounts/entry")) {
            return Kind.LEDGER;
        }
        return Kind.OTHER;
    }
}
