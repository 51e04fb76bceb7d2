package org.reskontro.bookkeeping;

import java.util.UUID;

/** The creditor's outbox has no row with this id (or it is another creditor's, which looks the same, I5). */
public class NoSuchOutboxEntryException extends RuntimeException {

    public NoSuchOutboxEntryException(UUID id) {
        super("No such outbox entry: " + id);
    }
}
