package org.reskontro.simulator.poweroffice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A sales order (an outgoing invoice draft) an integration created. Sending it turns it into an invoice, or a
 * credit note when its lines sum to less than zero, under the same id; until then it is a draft nothing posts.
 */
record SalesOrder(UUID id, long salesOrderNo, long customerId, long customerNo, LocalDate date, Integer paymentTerm,
        String status, String externalImportReference, String customMatchingReference, Long relatedInvoiceNo,
        List<Line> lines, Instant createdAt) {

    /** {@code quantity} is negative on a credit note's lines. */
    record Line(UUID id, String description, String productCode, Long productId, BigDecimal quantity,
            BigDecimal unitPrice, BigDecimal vatRate) {

        PowerOfficeLine posted() {
            return new PowerOfficeLine(description, quantity, unitPrice, vatRate);
        }
    }

    SalesOrder {
        lines = List.copyOf(lines);
    }

    BigDecimal net() {
        return PowerOfficeLine.net(lines.stream().map(Line::posted).toList());
    }

    BigDecimal total() {
        return PowerOfficeLine.total(lines.stream().map(Line::posted).toList());
    }

    boolean creditNote() {
        return total().signum() < 0;
    }
}
