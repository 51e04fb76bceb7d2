package org.reskontro.connector.dinero;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.reskontro.ledger.spi.DocumentBalance;
import org.reskontro.ledger.spi.ErpDocument;
import org.reskontro.ledger.spi.ErpPayment;
import org.reskontro.shared.DocumentKind;
import org.reskontro.shared.Money;
import tools.jackson.databind.JsonNode;

/**
 * An InvoicePaymentsModel to a {@link DocumentBalance}. For an invoice the open amount is RemainingAmount
 * (negative when overpaid). Dinero answers a credit note with the same invoice-shaped model, so there the open
 * amount is derived from its parts: the credit note's total less what was refunded or offset, as positive
 * amounts whatever sign Dinero uses, and never below zero.
 */
final class DineroBalanceMapper {

    private DineroBalanceMapper() {
    }

    static DocumentBalance balance(JsonNode body, ErpDocument document, String where) {
        Currency currency = document.totalInclVat().currency();
        boolean creditNote = document.kind() == DocumentKind.CREDIT_NOTE;
        List<ErpPayment> payments = new ArrayList<>();
        for (JsonNode payment : body.path("Payments")) {
            String code = DineroJson.optionalText(payment, "Currency");
            BigDecimal amount = DineroJson.amount(payment, "Amount", where);
            payments.add(new ErpPayment(DineroJson.text(payment, "Guid", where),
                    DineroJson.date(payment, "PaymentDate", where),
                    new Money(creditNote ? amount.abs() : amount,
                            code == null ? currency : DineroDocumentMapper.currency(code, where)),
                    DineroJson.text(payment, "Description", where)));
        }
        BigDecimal paid = DineroJson.amount(body, "PaidAmount", where);
        BigDecimal open = DineroJson.amount(body, "RemainingAmount", where);
        if (creditNote) {
            BigDecimal total = DineroJson.amount(body, "InvoiceTotalIncludingReminderExpenses", where).abs();
            paid = paid.abs();
            open = total.subtract(paid).max(BigDecimal.ZERO);
        }
        return new DocumentBalance(new Money(open, currency), new Money(paid, currency), payments);
    }
}
