package org.reskontro.bookkeeping;

import java.util.UUID;

/** The creditor has no charge with this id (or it is another creditor's, which looks the same, I5). */
public class NoSuchChargeException extends RuntimeException {

    public NoSuchChargeException(UUID id) {
        super("No such charge: " + id);
    }
}
