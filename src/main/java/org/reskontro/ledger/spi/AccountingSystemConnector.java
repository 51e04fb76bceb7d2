package org.reskontro.ledger.spi;

import org.reskontro.shared.AccountingSystemKind;

/** One implementation per accounting system; the ledger picks it by {@link #kind()}. */
public interface AccountingSystemConnector {

    AccountingSystemKind kind();

    /**
     * Opens a session against one creditor's accounting system. Implementations authenticate lazily or
     * eagerly, but must report bad credentials as {@link AccountingSystemException.Category#AUTHENTICATION}.
     */
    LedgerSource open(ConnectionDetails connection);
}
