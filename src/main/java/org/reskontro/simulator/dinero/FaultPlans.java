package org.reskontro.simulator.dinero;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The planned faults per organisation, and how each one bends a request. */
final class FaultPlans {

    static final String QUOTA_EXCEEDED = "API calls quota exceeded!";

    private final Map<Integer, Deque<Fault>> plans = new HashMap<>();
    private final CountDownLatch stopping = new CountDownLatch(1);

    synchronized void add(int organisationId, List<Fault> faults) {
        plans.computeIfAbsent(organisationId, id -> new ArrayDeque<>()).addAll(faults);
    }

    synchronized void clear(int organisationId) {
        plans.remove(organisationId);
    }

    synchronized int pending(int organisationId) {
        Deque<Fault> plan = plans.get(organisationId);
        return plan == null ? 0 : plan.size();
    }

    /** The fault for this request, consumed; an aimed fault at the head is consumed only by a request it aims at. */
    synchronized Fault next(int organisationId, String method, String path) {
        Deque<Fault> plan = plans.get(organisationId);
        if (plan == null || plan.isEmpty()) {
            return null;
        }
        if (plan.peekFirst() instanceof Fault.OnRequest aimed) {
            if (!aimed.matches(method, path)) {
                return null;
            }
            plan.pollFirst();
            return aimed.fault();
        }
        return plan.pollFirst();
    }

    /** Ends every pending delay, so stopping never waits for one. */
    void stop() {
        stopping.countDown();
    }

    /** The answer that replaces the real one, or null when the fault bends the real answer instead. */
    static ApiResponse instead(Fault fault) {
        return switch (fault) {
            case Fault.ServerError e -> new ApiException(e.status(), "ServerError",
                    "Injected fault: HTTP " + e.status()).toResponse().markedAsFault();
            case Fault.RateLimited r -> {
                ApiResponse quota = ApiResponse.text(429, QUOTA_EXCEEDED).markedAsFault();
                yield r.retryAfterSeconds() == null ? quota
                        : quota.withHeader("Retry-After", String.valueOf(r.retryAfterSeconds()));
            }
            default -> null;
        };
    }

    void delayIfPlanned(Fault fault) {
        if (fault instanceof Fault.Delay delay) {
            await(delay.duration());
        }
    }

    /**
     * After the request was carried out: a commit-then-fail answer replaces a successful one, a commit-then-delay
     * holds it back; every other fault leaves the answer to {@link #bend}. A request that failed on its own keeps its
     * failure (nothing was committed to hide).
     */
    ApiResponse afterCommit(Fault fault, ApiResponse real) {
        if (real.status() >= 300) {
            return real;
        }
        return switch (fault) {
            case Fault.CommitThenFail f -> new ApiException(f.status(), "ServerError",
                    "Injected fault: HTTP " + f.status() + " after the request was carried out").toResponse()
                    .markedAsFault();
            case Fault.CommitThenDelay d -> {
                await(d.duration());
                yield real.markedAsFault();
            }
            default -> real;
        };
    }

    private void await(java.time.Duration duration) {
        try {
            stopping.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static ApiResponse bend(Fault fault, ApiResponse real) {
        if (!real.contentType().startsWith("application/json")
                && (fault instanceof Fault.TruncatedPage || fault instanceof Fault.MissingProperty)) {
            return real; // JSON-shaped faults leave a PDF as it is; MalformedJson still cuts it short
        }
        return switch (fault) {
            case Fault.MalformedJson m -> real.withBody(Arrays.copyOf(real.body(),
                    Math.max(1, real.body().length * 3 / 5))).markedAsFault();
            case Fault.TruncatedPage t -> truncate(real).markedAsFault();
            case Fault.MissingProperty m -> withoutProperty(real, m.property()).markedAsFault();
            case Fault.Delay d -> real.markedAsFault();
            case Fault.DeletedAfterwards d -> real.markedAsFault();
            case Fault.BookedAfterwards b -> real.markedAsFault();
            default -> real;
        };
    }

    /** The change a fault makes to the books once its answer is ready, before the client can ask for more. */
    static void afterwards(Fault fault, OrganisationBooks books, Instant at) {
        switch (fault) {
            case Fault.DeletedAfterwards d -> books.deleteDocument(d.documentGuid(), at);
            case Fault.BookedAfterwards b -> books.book(books.addInvoice(b.invoice(), at), at);
            default -> {
            }
        }
    }

    private static ApiResponse withoutProperty(ApiResponse real, String property) {
        JsonNode body = SimulatorJson.MAPPER.readTree(real.body());
        if (body instanceof ObjectNode object) {
            object.remove(property);
        }
        for (JsonNode item : body.path("Collection")) {
            ((ObjectNode) item).remove(property);
        }
        for (JsonNode item : body.path("Payments")) {
            ((ObjectNode) item).remove(property);
        }
        return real.withBody(SimulatorJson.MAPPER.writeValueAsBytes(body));
    }

    private static ApiResponse truncate(ApiResponse real) {
        JsonNode body = SimulatorJson.MAPPER.readTree(real.body());
        if (!(body instanceof ObjectNode page) || !(page.get("Collection") instanceof ArrayNode items)) {
            return real;
        }
        ArrayNode kept = page.putArray("Collection");
        for (int i = 0; i < items.size() / 2; i++) {
            kept.add(items.get(i));
        }
        return real.withBody(SimulatorJson.MAPPER.writeValueAsBytes(page));
    }
}
