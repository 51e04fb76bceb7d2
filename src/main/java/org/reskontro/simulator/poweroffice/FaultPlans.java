package org.reskontro.simulator.poweroffice;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The planned faults per client, and how each one bends a request. */
final class FaultPlans {

    private final Map<UUID, Deque<Fault>> plans = new HashMap<>();
    private final CountDownLatch stopping = new CountDownLatch(1);

    synchronized void add(UUID client, List<Fault> faults) {
        plans.computeIfAbsent(client, id -> new ArrayDeque<>()).addAll(faults);
    }

    synchronized void clear(UUID client) {
        plans.remove(client);
    }

    synchronized int pending(UUID client) {
        Deque<Fault> plan = plans.get(client);
        return plan == null ? 0 : plan.size();
    }

    synchronized Fault next(UUID client) {
        Deque<Fault> plan = plans.get(client);
        return plan == null ? null : plan.pollFirst();
    }

    /** Ends every pending delay, so stopping never waits for one. */
    void stop() {
        stopping.countDown();
    }

    /** The answer that replaces the real one, or null when the fault bends the real answer instead. */
    static ApiResponse instead(Fault fault) {
        return switch (fault) {
            case Fault.ServerError e -> new Problem(e.status(), "Injected fault", "Injected fault: HTTP " + e.status())
                    .toResponse().markedAsFault();
            case Fault.RateLimited r -> {
                ApiResponse limited = Gateway.rateLimited(r.retryAfterSeconds() == null ? 1 : r.retryAfterSeconds())
                        .markedAsFault();
                yield r.retryAfterSeconds() == null ? withoutRetryAfter(limited) : limited;
            }
            default -> null;
        };
    }

    void delayIfPlanned(Fault fault) {
        if (fault instanceof Fault.Delay delay) {
            await(delay.duration());
        }
    }

    /** Real time, cut short when the simulator stops. */
    void await(java.time.Duration duration) {
        try {
            stopping.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** For the faults that let the request through first: the answer given once it is carried out. */
    ApiResponse afterCommit(Fault fault, ApiResponse real) {
        return switch (fault) {
            case Fault.CommittedThenServerError e -> new Problem(e.status(), "Injected fault",
                    "Injected fault after the request was carried out: HTTP " + e.status()).toResponse()
                    .markedAsFault();
            case Fault.CommittedThenDelay d -> {
                await(d.duration());
                yield real.markedAsFault();
            }
            default -> real;
        };
    }

    static ApiResponse bend(Fault fault, ApiResponse real) {
        boolean json = real.contentType().startsWith("application/json") && real.body().length > 0;
        if (!json && (fault instanceof Fault.TruncatedPage || fault instanceof Fault.MissingProperty)) {
            return real; // JSON-shaped faults leave a zip file as it is; MalformedJson still cuts it short
        }
        return switch (fault) {
            case Fault.MalformedJson m -> real.withBody(Arrays.copyOf(real.body(),
                    Math.max(1, real.body().length * 3 / 5))).markedAsFault();
            case Fault.TruncatedPage t -> truncate(real).markedAsFault();
            case Fault.MissingProperty m -> withoutProperty(real, m.property()).markedAsFault();
            case Fault.Delay d -> real.markedAsFault();
            case Fault.ListShifted l -> real.markedAsFault();
            default -> real;
        };
    }

    /**
     * The request as the endpoints get it: a {@link Fault.ListShifted} travels to {@link ResourcePage} in a header
     * of the simulator's own, which is first taken off whatever the client sent, so only a planned fault shifts.
     */
    static ApiRequest shifting(ApiRequest request, Fault fault) {
        boolean sent = request.header(ResourcePage.SHIFT_HEADER).isPresent();
        if (!sent && !(fault instanceof Fault.ListShifted)) {
            return request;
        }
        Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(request.headers());
        headers.remove(ResourcePage.SHIFT_HEADER);
        if (fault instanceof Fault.ListShifted shifted) {
            headers.put(ResourcePage.SHIFT_HEADER, List.of(String.valueOf(shifted.places())));
        }
        return new ApiRequest(request.method(), request.path(), request.rawQuery(), headers, request.body());
    }

    private static ApiResponse withoutRetryAfter(ApiResponse response) {
        return new ApiResponse(response.status(), response.contentType(), response.body(), Map.of(), true);
    }

    private static ApiResponse withoutProperty(ApiResponse real, String property) {
        JsonNode body = SimulatorJson.MAPPER.readTree(real.body());
        if (body instanceof ObjectNode object) {
            object.remove(property);
        }
        if (body instanceof ArrayNode items) {
            items.forEach(item -> ((ObjectNode) item).remove(property));
        }
        return real.withBody(SimulatorJson.MAPPER.writeValueAsBytes(body));
    }

    private static ApiResponse truncate(ApiResponse real) {
        JsonNode body = SimulatorJson.MAPPER.readTree(real.body());
        if (!(body instanceof ArrayNode items)) {
            return real;
        }
        ArrayNode kept = SimulatorJson.MAPPER.createArrayNode();
        for (int i = 0; i < items.size() / 2; i++) {
            kept.add(items.get(i));
        }
        return real.withBody(SimulatorJson.MAPPER.writeValueAsBytes(kept));
    }
}
