package org.reskontro.simulator.poweroffice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A sent invoice or credit note as the simulator holds it (an OutgoingInvoice or OutgoingCreditNote voucher).
 * Amounts are signed as posted: positive on an invoice, negative on a credit note; {@code net}/{@code total} are in
 * the invoice's currency, {@code netPosted}/{@code totalPosted} in NOK. {@code entryId} is its customer-ledger
 * entry, which holds the balance. Sent invoices never change, except that a reversal marks them reversed.
 */
public record OutgoingInvoice(UUID id, boolean creditNote, long invoiceNo, long voucherNo, long customerId,
        long customerNo, LocalDate voucherDate, LocalDate dueDate, int paymentTermDays, String currencyCode,
        BigDecimal exchangeRate, BigDecimal net, BigDecimal total, BigDecimal netPosted, BigDecimal totalPosted,
        String cid, Long relatedInvoiceNo, long entryId, Instant createdAt, Instant lastChangedAt,
        Instant reversedAt) {

    public boolean reversed() {
        return reversedAt != null;
    }

    public String voucherType() {
        return creditNote ? "OutgoingCreditNote" : "OutgoingInvoice";
    }

    OutgoingInvoice reversedAt(Instant at) {
        return new OutgoingInvoice(id, creditNote, invoiceNo, voucherNo, customerId, customerNo, voucherDate, dueDate,
                paymentTermDays, currencyCode, exchangeRate, net, total, netPosted, totalPosted, cid, relatedInvoiceNo,
                entryId, createdAt, at, at);
    }
}
