package org.reskontro.bookkeeping;

import java.util.List;
import java.util.UUID;
import org.reskontro.bookkeeping.persistence.ChargeRows;
import org.reskontro.creditors.Creditors;
import org.reskontro.platform.security.CurrentOperator;
import org.reskontro.shared.CreditorId;
import org.springframework.stereotype.Service;

/** The fees and interest Reskontro charged, as booked: lists, one charge, and writing one off (S-FEE-4). */
@Service
public class BookedCharges {

    private final ChargeRows rows;
    private final WriteOffs writeOffs;
    private final Creditors creditors;

    BookedCharges(ChargeRows rows, WriteOffs writeOffs, Creditors creditors) {
        this.rows = rows;
        this.writeOffs = writeOffs;
        this.creditors = creditors;
    }

    /** The newest first, or those of one invoice (its full booking history) when {@code documentId} is given. */
    public List<ChargeView> charges(CreditorId creditor, UUID documentId, int limit) {
        return rows.charges(creditor, documentId, limit);
    }

    public ChargeView charge(CreditorId creditor, UUID id) {
        return rows.charge(creditor, id).orElseThrow(() -> new NoSuchChargeException(id));
    }

    /** Writes a charge off; the next fee posting books the reversal. */
    public ChargeView writeOff(CreditorId creditor, UUID id, String reason) {
        return writeOffs.writeOff(creditors.get(creditor).orElseThrow(() -> new NoSuchChargeException(id)), id,
                CurrentOperator.get().username(), reason);
    }
}
