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

    public AccountingSystemException(Category category, String message) {
        super(message);
        this.category = category;
    }

    public AccountingSystemException(Category category, String message, Throwable cause) {
        super(message, cause);
        this.category = category;
    }

    public Category category() {
        return category;
    }
}
