package org.reskontro.ledger.sync;

import org.reskontro.creditors.Creditors;
import org.reskontro.creditors.ErpAccess;
import org.reskontro.ledger.spi.AccountingSystemException;
import org.reskontro.ledger.spi.ConnectionDetails;
import org.reskontro.ledger.spi.LedgerSource;
import org.reskontro.shared.CreditorId;
import org.springframework.stereotype.Component;

/** Opens a read session on a creditor's accounting system with its decrypted connection. */
@Component
public class LedgerSources {

    private final Creditors creditors;
    private final Connectors connectors;

    LedgerSources(Creditors creditors, Connectors connectors) {
        this.creditors = creditors;
        this.connectors = connectors;
    }

    public LedgerSource open(CreditorId creditor) {
        ErpAccess access = creditors.access(creditor).orElseThrow(() -> new AccountingSystemException(
                AccountingSystemException.Category.REJECTED, "No accounting system is connected to this creditor"));
        return connectors.forKind(access.system()).open(new ConnectionDetails(creditor, access.system(),
                access.apiBaseUrl(), access.tokenUrl(), access.organisationId(), access.credentials()));
    }
}
