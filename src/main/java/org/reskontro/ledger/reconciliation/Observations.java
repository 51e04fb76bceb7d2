package org.reskontro.ledger.reconciliation;

import java.util.HashMap;
import java.util.Map;
import org.reskontro.ledger.spi.DocumentBalance;
import org.reskontro.ledger.spi.ErpDocument;

/** What one sync saw of the accounting system: the documents it listed and the balances it fetched. */
public final class Observations {

    private final Map<String, ErpDocument> listed = new HashMap<>();
    private final Map<String, DocumentBalance> balances = new HashMap<>();

    public void listed(ErpDocument document) {
        listed.put(document.externalId(), document);
    }

    public void balance(ErpDocument document, DocumentBalance balance) {
        balances.put(document.externalId(), balance);
    }

    Map<String, ErpDocument> listed() {
        return listed;
    }

    Map<String, DocumentBalance> balances() {
        return balances;
    }
}
