package org.reskontro.bookkeeping.spi;

import org.reskontro.ledger.spi.ConnectionDetails;
import org.reskontro.shared.AccountingSystemKind;

/** One implementation per accounting system that Reskontro can book into; bookkeeping picks it by {@link #kind()}. */
public interface BookkeepingConnector {

    AccountingSystemKind kind();

    /** Opens a write session on one creditor's accounting system; authentication failures are reported as for reads. */
    BookkeepingTarget open(ConnectionDetails connection);
}
