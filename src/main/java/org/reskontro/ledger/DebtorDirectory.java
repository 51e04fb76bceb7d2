package org.reskontro.ledger;

import java.util.List;
import org.reskontro.ledger.persistence.DebtorContacts;
import org.reskontro.shared.CreditorId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The mirrored debtors' contact data, for modules that write to debtors (dunning, notification). */
@Service
public class DebtorDirectory {

    private final DebtorContacts contacts;

    DebtorDirectory(DebtorContacts contacts) {
        this.contacts = contacts;
    }

    @Transactional(readOnly = true)
    public List<DebtorContact> withOpenItems(CreditorId creditor) {
        return contacts.withOpenItems(creditor);
    }
}
