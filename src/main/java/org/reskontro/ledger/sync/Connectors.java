package org.reskontro.ledger.sync;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.reskontro.ledger.spi.AccountingSystemConnector;
import org.reskontro.ledger.spi.AccountingSystemException;
import org.reskontro.shared.AccountingSystemKind;
import org.springframework.stereotype.Component;

/** The connectors on the classpath, by the accounting system each speaks. */
@Component
public class Connectors {

    private final Map<AccountingSystemKind, AccountingSystemConnector> byKind = new EnumMap<>(AccountingSystemKind.class);

    Connectors(List<AccountingSystemConnector> connectors) {
        connectors.forEach(connector -> byKind.put(connector.kind(), connector));
    }

    public AccountingSystemConnector forKind(AccountingSystemKind kind) {
        AccountingSystemConnector connector = byKind.get(kind);
        if (connector == null) {
            throw new AccountingSystemException(AccountingSystemException.Category.REJECTED,
                    "No connector for " + kind.displayName() + " is installed");
        }
        return connector;
    }
}
