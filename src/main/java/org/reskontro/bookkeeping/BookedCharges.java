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
    private final PaymentBooking payments;

    BookedCharges(ChargeRows rows, WriteOffs writeOffs, Creditors creditors, PaymentBooking payments) {
        this.payments = payments;
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

    /**
     * Registers a payment on an invoice's line: split in the legal order over its fee invoices, interest notes and the
     * invoice, each part queued as a payment on its document; sent with the next drain. The same reference again
     * queues nothing new. Returns the parts as (document, role, amount, outbox row).
     */
    public List<PaymentPart> registerPayment(CreditorId creditor, UUID invoice, org.reskontro.shared.Money amount,
                                             java.time.LocalDate date, String reference) {
        return payments.register(creditor, invoice, amount, date, reference).stream()
                .map(p -> new PaymentPart(p.documentExternalId(), p.role(), p.amount(), p.outboxId())).toList();
    }

    /** Writes a charge off; the next fee posting books the reversal. */
    public ChargeView writeOff(CreditorId creditor, UUID id, String reason) {
        return writeOffs.writeOff(creditors.get(creditor).orElseThrow(() -> new NoSuchChargeException(id)), id,
                CurrentOperator.get().username(), reason);
    }
}
