package org.reskontro.simulator.dinero;

import java.time.Duration;
import java.util.Objects;

/**
 * A deliberate misbehaviour for the next request of an organisation, for reliability tests. Plan them with
 * {@link DineroSimulator#injectFaults(int, Fault...)}; each request to the organisation's endpoints consumes one.
 */
public sealed interface Fault {

    /** HTTP 500 or 503 instead of the answer. */
    record ServerError(int status) implements Fault {
    }

    /** HTTP 429 "API calls quota exceeded!", with a Retry-After header unless {@code retryAfterSeconds} is null. */
    record RateLimited(Integer retryAfterSeconds) implements Fault {
    }

    /** The real answer with its body cut short, so it is no longer JSON. */
    record MalformedJson() implements Fault {
    }

    /** A list page whose Collection lost its second half while its Pagination still counts every item. */
    record TruncatedPage() implements Fault {
    }

    /** The real answer without one property, wherever it occurs (top level, list items, payments). */
    record MissingProperty(String property) implements Fault {
        public MissingProperty {
            Objects.requireNonNull(property, "property");
        }
    }

    /** The real answer, but only after this long (real time: the point is to outlast the client's time-out). */
    record Delay(Duration duration) implements Fault {
        public Delay {
            Objects.requireNonNull(duration, "duration");
        }
    }

    static Fault serverError() {
        return new ServerError(500);
    }

    static Fault unavailable() {
        return new ServerError(503);
    }

    static Fault rateLimited(int retryAfterSeconds) {
        return new RateLimited(retryAfterSeconds);
    }

    static Fault rateLimitedWithoutRetryAfter() {
        return new RateLimited(null);
    }

    static Fault malformedJson() {
        return new MalformedJson();
    }

    static Fault truncatedPage() {
        return new TruncatedPage();
    }

    static Fault missingProperty(String property) {
        return new MissingProperty(property);
    }

    static Fault delay(Duration duration) {
        return new Delay(duration);
    }
}
