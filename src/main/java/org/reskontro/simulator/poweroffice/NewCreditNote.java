package org.reskontro.simulator.poweroffice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A credit note to send: line amounts are positive, as on an invoice; the voucher and its ledger entry count them
 * negative. {@code relatedInvoiceNo} names the invoice it credits, if any (null: a free credit note).
 */
public record NewCreditNote(long customerId, LocalDate date, Long relatedInvoiceNo, List<PowerOfficeLine> lines) {

    public NewCreditNote {
        Objects.requireNonNull(date, "date");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("A credit note needs at least one line");
        }
    }

    public static NewCreditNote of(long customerId, LocalDate date, BigDecimal amountExclVat) {
        return new NewCreditNote(customerId, date, null, List.of(PowerOfficeLine.of("Kreditering", amountExclVat)));
    }
}
