package org.reskontro.bookkeeping;

import org.reskontro.bookkeeping.DrainResult;

/** What one fee posting did: bookings queued for new charges, what the outbox then sent, and the notes mailed. */
public record FeePostingSummary(int queued, DrainResult drain, int interestNotesListed) {

    public String describe() {
        return queued + " new charges queued; " + drain.sent() + " documents sent, " + drain.waiting() + " waiting, "
                + drain.failed() + " refused (" + drain.stoppedBecause() + ")"
                + (interestNotesListed > 0 ? "; the list of " + interestNotesListed + " interest notes was e-mailed" : "");
    }
}
