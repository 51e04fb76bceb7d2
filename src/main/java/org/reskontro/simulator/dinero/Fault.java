package org.reskontro.simulator.dinero;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

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

    /**
     * The request is carried out (a create creates, a booking books), then answered with this 5xx status instead of
     * its real answer: the client cannot tell that its write got through, which is what exactly-once must survive.
     */
    record CommitThenFail(int status) implements Fault {
    }

    /**
     * The request is carried out at once, its answer held back this long (real time, to outlast the client's
     * time-out): a write that got through while the client gave up on it.
     */
    record CommitThenDelay(Duration duration) implements Fault {
        public CommitThenDelay {
            Objects.requireNonNull(duration, "duration");
        }
    }

    /**
     * The real answer; right after it, the voucher is deleted, as someone in Dinero might between two page requests.
     * Offset paging then moves every later item one place forward, so the item after the page just served slides
     * onto it and a client that simply asks for the next page never sees that item.
     */
    record DeletedAfterwards(UUID documentGuid) implements Fault {
        public DeletedAfterwards {
            Objects.requireNonNull(documentGuid, "documentGuid");
        }
    }

    /**
     * {@code fault} for the first request with this method whose path matches {@code pathPattern} (a regular
     * expression found anywhere in the path). Until such a request comes, the fault waits at the head of the plan
     * and the requests before it pass untouched, so a test can aim at one write without counting the reads before it.
     */
    record OnRequest(String method, String pathPattern, Fault fault) implements Fault {
        public OnRequest {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(pathPattern, "pathPattern");
            Objects.requireNonNull(fault, "fault");
            if (fault instanceof OnRequest) {
                throw new IllegalArgumentException("An aimed fault aims a plain one");
            }
        }

        boolean matches(String requestMethod, String path) {
            return method.equalsIgnoreCase(requestMethod) && java.util.regex.Pattern.compile(pathPattern)
                    .matcher(path).find();
        }
    }

    static Fault committedThenFailed(int status) {
        return new CommitThenFail(status);
    }

    static Fault committedThenDelayed(Duration duration) {
        return new CommitThenDelay(duration);
    }

    /** {@code fault} for the next POST whose path matches {@code pathPattern}, e.g. {@code "/invoices$"}. */
    static Fault onPost(String pathPattern, Fault fault) {
        return new OnRequest("POST", pathPattern, fault);
    }

    /**
     * The real answer; right after it, this invoice is added and booked. Its number is the highest, so it sorts first
     * in Dinero's default order and pushes every item one place back: the last item of the page just served comes
     * again on the next one.
     */
    record BookedAfterwards(NewInvoice invoice) implements Fault {
        public BookedAfterwards {
            Objects.requireNonNull(invoice, "invoice");
        }
    }

    /** The real answer, untouched: planned before another fault, it aims that one at a later request. */
    static Fault passThrough() {
        return new Delay(Duration.ZERO);
    }

    static Fault deletedAfterwards(UUID documentGuid) {
        return new DeletedAfterwards(documentGuid);
    }

    static Fault bookedAfterwards(NewInvoice invoice) {
        return new BookedAfterwards(invoice);
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
