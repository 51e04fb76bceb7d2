package org.reskontro.ledger.sync;

import java.util.ArrayList;
import java.util.List;
import org.reskontro.ledger.persistence.KnownDocument;
import org.reskontro.ledger.spi.DocumentBalance;
import org.reskontro.ledger.spi.ErpCustomer;
import org.reskontro.ledger.spi.ErpDocument;

/** Everything one sync will write, gathered first so the mirror changes in one transaction or not at all. */
public final class ChangeSet {

    /** A document the mirror has not seen, open in the accounting system. */
    public record Transfer(ErpDocument document, DocumentBalance balance) {
    }

    /** A mirrored document the accounting system changed; {@code balance} is null when it was deleted there. */
    public record Revision(KnownDocument known, ErpDocument document, DocumentBalance balance) {
    }

    private final List<ErpCustomer> customers = new ArrayList<>();
    private final List<Transfer> transfers = new ArrayList<>();
    private final List<Revision> revisions = new ArrayList<>();

    public void customer(ErpCustomer customer) {
        customers.add(customer);
    }

    public void transfer(ErpDocument document, DocumentBalance balance) {
        transfers.add(new Transfer(document, balance));
    }

    public void revise(KnownDocument known, ErpDocument document, DocumentBalance balance) {
        revisions.add(new Revision(known, document, balance));
    }

    public List<ErpCustomer> customers() {
        return customers;
    }

    public List<Transfer> transfers() {
        return transfers;
    }

    public List<Revision> revisions() {
        return revisions;
    }

    public int size() {
        return customers.size() + transfers.size() + revisions.size();
    }
}
