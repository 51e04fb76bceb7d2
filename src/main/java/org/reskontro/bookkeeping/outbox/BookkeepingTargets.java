package org.reskontro.bookkeeping.outbox;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.reskontro.bookkeeping.spi.BookkeepingConnector;
import org.reskontro.bookkeeping.spi.BookkeepingTarget;
import org.reskontro.creditors.Creditors;
import org.reskontro.creditors.ErpAccess;
import org.reskontro.ledger.spi.AccountingSystemException;
import org.reskontro.ledger.spi.AccountingSystemException.Category;
import org.reskontro.ledger.spi.ConnectionDetails;
import org.reskontro.shared.AccountingSystemKind;
import org.reskontro.shared.CreditorId;
import org.springframework.stereotype.Component;

/** Opens a write session on a creditor's accounting system with the connector for its kind. */
@Component
public class BookkeepingTargets {

    private final Creditors creditors;
    private final Map<AccountingSystemKind, BookkeepingConnector> byKind = new EnumMap<>(AccountingSystemKind.class);

    BookkeepingTargets(Creditors creditors, List<BookkeepingConnector> connectors) {
        this.creditors = creditors;
        connectors.forEach(connector -> byKind.put(connector.kind(), connector));
    }

    public BookkeepingTarget open(CreditorId creditor) {
        ErpAccess access = creditors.access(creditor).orElseThrow(() -> new AccountingSystemException(Category.REJECTED,
                "No accounting system is connected to this creditor"));
        BookkeepingConnector connector = byKind.get(access.system());
        if (connector == null) {
            throw new AccountingSystemException(Category.REJECTED,
                    "Reskontro cannot book into " + access.system().displayName() + " yet");
        }
        return connector.open(new ConnectionDetails(creditor, access.system(), access.apiBaseUrl(), access.tokenUrl(),
                access.organisationId(), access.credentials()));
    }

    /** The system the creditor is connected to, if any. */
    public java.util.Optional<AccountingSystemKind> system(CreditorId creditor) {
        return creditors.access(creditor).map(ErpAccess::system);
    }
}
