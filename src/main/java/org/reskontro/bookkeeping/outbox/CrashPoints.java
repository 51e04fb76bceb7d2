package org.reskontro.bookkeeping.outbox;

/**
 * Named places in a send where a crash matters: before the request, after the accounting system accepted it but
 * before Reskontro recorded it, and just before the commit. Production does nothing there; crash tests make the
 * process "die" at one (an Error that rolls back the row's transaction, as a kill would).
 */
public interface CrashPoints {

    enum Point { BEFORE_SEND, AFTER_SEND, BEFORE_COMMIT }

    void reached(Point point);

    CrashPoints NONE = point -> { };
}
