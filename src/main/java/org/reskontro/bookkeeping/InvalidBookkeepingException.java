package org.reskontro.bookkeeping;

/** A bookkeeping request that cannot be carried out as asked; the message says why, for the person who asked. */
public class InvalidBookkeepingException extends RuntimeException {

    public InvalidBookkeepingException(String message) {
        super(message);
    }
}
