package org.reskontro.ledger;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.reskontro.ledger.persistence.ChargeDocumentRows;
import org.reskontro.shared.CreditorId;
import org.springframework.stereotype.Service;

/**
 * The fee invoices and interest notes Reskontro booked into the accounting system, as the mirror sees them. The sync
 * mirrors them like any invoice (I1 covers them); linked here to the invoice they charge for, they are not followed
 * up on their own but count on their invoice, reported as one line with the total remainder (S-SYNC-5).
 */
@Service
public class ChargeDocuments {

    /** What a charge document bills. */
    public enum Kind { FEE, INTEREST }

    private final ChargeDocumentRows rows;

    ChargeDocuments(ChargeDocumentRows rows) {
        this.rows = rows;
    }

    public void link(CreditorId creditor, String chargeExternalId, String chargedExternalId, Kind kind) {
        rows.link(creditor, chargeExternalId, chargedExternalId, kind.name());
    }

    /** A mirrored document by its id in the mirror. */
    public Optional<MirroredDocument> document(CreditorId creditor, UUID documentId) {
        return rows.document(creditor, documentId);
    }

    /** The mirrored open amount of each document (by its id in the accounting system) that is mirrored yet. */
    public Map<String, BigDecimal> openAmounts(CreditorId creditor, Collection<String> externalIds) {
        return rows.openAmounts(creditor, externalIds);
    }

    /** One line per invoice still owed on itself or its charges; {@code debtorExternalId} null means all debtors. */
    public List<ClaimLine> claimLines(CreditorId creditor, String debtorExternalId, int limit) {
        return rows.claimLines(creditor, debtorExternalId, limit);
    }
}
