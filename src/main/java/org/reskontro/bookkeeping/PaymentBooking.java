package org.reskontro.bookkeeping;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.reskontro.bookkeeping.outbox.BookingPayloads;
import org.reskontro.bookkeeping.persistence.ChargeRows;
import org.reskontro.bookkeeping.persistence.OutboxRows;
import org.reskontro.bookkeeping.spi.ChargeKind;
import org.reskontro.bookkeeping.spi.PaymentRegistration;
import org.reskontro.ledger.ChargeDocuments;
import org.reskontro.ledger.MirroredDocument;
import org.reskontro.shared.CreditorId;
import org.reskontro.shared.Money;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A payment Reskontro learned of for one invoice's line (a bank file, a settlement, a person registering it) booked
 * into the accounting system: split over the line's documents in the legal order (fee invoices, then interest notes,
 * then the invoice itself), each part queued as a payment on its document through the outbox. A caller's reference
 * makes the registration idempotent: the same reference again queues nothing new.
 */
@Component
class PaymentBooking {

    /** One part of a registered payment: on which document, how much. */
    record Part(String documentExternalId, String role, Money amount, UUID outboxId) {
    }

    private final ChargeDocuments documents;
    private final ChargeRows charges;
    private final OutboxRows outbox;
    private final BookkeepingSettingsStore settings;
    private final Clock clock;

    PaymentBooking(ChargeDocuments documents, ChargeRows charges, OutboxRows outbox, BookkeepingSettingsStore settings,
                   Clock clock) {
        this.documents = documents;
        this.charges = charges;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    List<Part> register(CreditorId creditor, UUID invoiceId, Money amount, LocalDate date, String reference) {
        if (!amount.isPositive()) {
            throw new InvalidBookkeepingException("A payment to register is positive, not " + amount);
        }
        if (reference == null || reference.isBlank() || reference.length() > 100) {
            throw new InvalidBookkeepingException("Give the payment a reference of 1 to 100 characters (the bank "
                    + "transaction's id, say): registering the same reference again books nothing twice");
        }
        MirroredDocument invoice = documents.document(creditor, invoiceId)
                .orElseThrow(() -> new InvalidBookkeepingException("No such invoice: " + invoiceId));
        if (!invoice.open().currency().equals(amount.currency())) {
            throw new InvalidBookkeepingException("The invoice is in " + invoice.open().currency() + ", the payment in "
                    + amount.currency());
        }
        List<String[]> chargeDocuments = charges.bookedDocuments(creditor, invoiceId);
        Map<String, BigDecimal> open = documents.openAmounts(creditor,
                chargeDocuments.stream().map(d -> d[1]).toList());
        List<String[]> ordered = new ArrayList<>();
        chargeDocuments.stream().filter(d -> d[0].equals(ChargeKind.FEE.name())).forEach(ordered::add);
        chargeDocuments.stream().filter(d -> d[0].equals(ChargeKind.INTEREST.name())).forEach(ordered::add);
        Money left = amount;
        List<Part> parts = new ArrayList<>();
        for (String[] document : ordered) {
            Money owed = new Money(open.getOrDefault(document[1], BigDecimal.ZERO), amount.currency());
            Money covered = left.compareTo(owed) < 0 ? left : owed;
            if (covered.isPositive()) {
                parts.add(new Part(document[1], document[0], covered, null));
                left = left.minus(covered);
            }
        }
        if (left.isPositive()) {
            parts.add(new Part(invoice.externalId(), "PRINCIPAL", left, null)); // an overpayment stays on the invoice
        }
        Instant now = clock.instant();
        String deposit = settings.settings(creditor).depositAccount();
        List<Part> queued = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            UUID key = UUID.nameUUIDFromBytes((creditor.value() + "/" + invoiceId + "/" + reference.strip() + "/" + i)
                    .getBytes(StandardCharsets.UTF_8));
            if (outbox.entry(creditor, key).isEmpty()) {
                PaymentRegistration payment = new PaymentRegistration(key, part.documentExternalId(), date,
                        part.amount(), deposit, "Reskontro " + reference.strip());
                outbox.enqueue(creditor, key, OutboxKind.PAYMENT, BookingPayloads.write(payment),
                        "Payment " + reference.strip() + " · " + part.role() + " · " + part.amount(), null, now);
            }
            queued.add(new Part(part.documentExternalId(), part.role(), part.amount(), key));
        }
        return queued;
    }
}
