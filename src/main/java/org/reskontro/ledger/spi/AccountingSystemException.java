package org.reskontro.ledger.spi;

/**
 * A failure talking to an accounting system, sorted into categories an operator can act on. The message is
 * shown to people: it says what happened and, where possible, what to do; it never contains a credential.
 */
public class AccountingSystemException extends RuntimeException {

    public enum Category {
        /** Credentials wrong, expired or lacking rights. */
        AUTHENTICATION,
        /** The organisation (or another addressed resource) does not exist. */
        NOT_FOUND,
        /** Connection refused, DNS failure, time-out. */
        UNREACHABLE,
        /** Still rate-limited after the allowed retries. */
        RATE_LIMITED,
        /** A response that does not follow the contract. */
        MALFORMED_RESPONSE,
        /** The system answered 5xx after the allowed retries. */
        SERVER_ERROR,
        /** The system refused the request (4xx other than the above). */
        REJECTED
    }

    private final Category category;
    private final java.time.Duration retryAfter;

    public AccountingSystemException(Category category, String message) {
        super(message);
        this.category = category;
        this.retryAfter = null;
    }

    public AccountingSystemException(Category category, String message, Throwable cause) {
        super(message, cause);
        this.category = category;
        this.retryAfter = null;
    }

    /** A rate-limit failure that says when the system will take requests again (its last {@code Retry-After}). */
    public AccountingSystemException(Category category, String message, java.time.Duration retryAfter) {
        super(message);
        this.category = category;
        this.retryAfter = retryAfter;
    }

    public Category category() {
        return category;
    }

    /** How long the system asked to be left alone, when it said so; empty otherwise. */
    public java.util.Optional<java.time.Duration> retryAfter() {
        return java.util.Optional.ofNullable(retryAfter);
    }

    /** Whether asking again later may succeed (the outcome of a write that failed so is unknown). */
    public boolean transientFailure() {
        return category == Category.UNREACHABLE || category == Category.RATE_LIMITED
                || category == Category.SERVER_ERROR;
    }
}
