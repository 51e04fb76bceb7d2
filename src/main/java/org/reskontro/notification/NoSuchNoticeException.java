package org.reskontro.notification;

/** No notice (or print batch) with this id belongs to this creditor. */
public class NoSuchNoticeException extends RuntimeException {

    public NoSuchNoticeException(String message) {
        super(message);
    }
}
