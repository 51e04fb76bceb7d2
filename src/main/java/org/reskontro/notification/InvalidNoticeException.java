package org.reskontro.notification;

/** A notice request that cannot be sent as it stands; nothing was recorded or sent. */
public class InvalidNoticeException extends IllegalArgumentException {

    public InvalidNoticeException(String message) {
        super(message);
    }
}
