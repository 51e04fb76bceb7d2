package org.reskontro.notification;

/** A bounce was recorded for a notice that was never e-mailed. */
public class NotEmailedException extends IllegalStateException {

    public NotEmailedException(NoticeId id) {
        super("Notice " + id + " was not e-mailed, so it cannot bounce");
    }
}
