package org.reskontro.simulator.poweroffice;

import java.time.Duration;
import java.util.Objects;

/**
 * A deliberate misbehaviour for the next API request of a client, for reliability tests. Plan them with
 * {@link PowerOfficeSimulator#injectFaults(java.util.UUID, Fault...)}; each request the client's token makes
 * (the token endpoint aside) consumes one.
 */
public sealed interface Fault {

    /** HTTP 500, 502 or 503 instead of the answer. */
    record ServerError(int status) implements Fault {
    }

    /** The gateway's 429 "Rate limit is exceeded", with Retry-After unless {@code retryAfterSeconds} is null. */
    record RateLimited(Integer retryAfterSeconds) implements Fault {
    }

    /** The real answer with its body cut short, so it is no longer JSON (or no longer a whole file). */
    record MalformedJson() implements Fault {
    }

    /** A list page that lost its second half while its X-Pagination header still counts every item. */
    record TruncatedPage() implements Fault {
    }

    /** The real answer without one property, wherever it occurs (top level and list items). */
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

    /**
     * The request is carried out (a write is committed), then HTTP {@code status} is answered instead: the client
     * cannot tell it from a failure before the commit, which is what exactly-once writes must survive.
     */
    record CommittedThenServerError(int status) implements Fault {
    }

    /** The request is carried out, then the answer is held back this long (real time, to outlast a time-out). */
    record CommittedThenDelay(Duration duration) implements Fault {
        public CommittedThenDelay {
            Objects.requireNonNull(duration, "duration");
        }
    }

    /**
     * A list page as it reads when {@code places} items ahead of it left the list since the previous page (negative:
     * entered it). Offset paging moves the page's window that many places on (back) and X-Pagination counts that many
     * fewer (more): an item slides past the client unseen, or one it already has comes again. The books stay as they
     * are, so this stands for a deletion Go itself does not make (a sent voucher is reversed, not deleted, and stays
     * listed) as well as for an older invoice whose balance changed entering a change-filtered list mid-read.
     */
    record ListShifted(int places) implements Fault {
    }

    static Fault listShifted(int places) {
        return new ListShifted(places);
    }

    /** The real answer, untouched: planned before another fault, it aims that one at a later request. */
    static Fault passThrough() {
        return new Delay(Duration.ZERO);
    }

    static Fault committedThenServerError() {
        return new CommittedThenServerError(500);
    }

    static Fault committedThenDelay(Duration duration) {
        return new CommittedThenDelay(duration);
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
