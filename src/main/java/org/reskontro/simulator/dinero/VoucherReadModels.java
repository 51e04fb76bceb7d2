package org.reskontro.simulator.dinero;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One voucher with its lines: InvoiceReadModel (GET …/invoices/{guid} as JSON, and the answer to booking either
 * kind, as the contract documents it) and SalesCreditNoteReadModel (GET …/sales/creditnotes/{guid}). A draft's
 * Number is 0: the schema requires an integer, and a draft has none yet. Lines carry unit "parts", since the
 * simulator keeps no unit.
 */
final class VoucherReadModels {

    private VoucherReadModels() {
    }

    static ObjectNode invoice(DineroDocument d, LocalDate today) {
        ObjectNode n = SimulatorJson.MAPPER.createObjectNode();
        n.put("PaymentDate", d.paymentDate() == null ? null : d.paymentDate().toString());
        n.put("PaymentStatus", d.status(today).wireName());
        n.put("PaymentConditionNumberOfDays", d.paymentDate() == null ? 0
                : (int) ChronoUnit.DAYS.between(d.date(), d.paymentDate()));
        n.put("PaymentConditionType", "Netto");
        n.putNull("FikCode");
        n.putNull("DepositAccountNumber");
        n.put("IsSentToDebtCollection", false);
        n.put("IsMobilePayInvoiceEnabled", false);
        n.put("IsPensoPayEnabled", false);
        common(n, d, today);
        return n;
    }

    static ObjectNode creditNote(DineroDocument d, LocalDate today) {
        ObjectNode n = SimulatorJson.MAPPER.createObjectNode();
        n.put("CreditNoteFor", d.creditNoteFor() == null ? null : d.creditNoteFor().toString());
        n.put("PaymentStatus", d.status(today).wireName());
        common(n, d, today);
        return n;
    }

    private static void common(ObjectNode n, DineroDocument d, LocalDate today) {
        n.put("MailOutStatus", d.booked() ? "Sent" : "NotSent");
        n.put("LatestMailOutType", d.booked() ? "Mailout" : null);
        n.put("Status", d.booked() ? "Booked" : "Draft");
        n.put("ContactGuid", d.contactGuid().toString());
        n.put("Guid", d.guid().toString());
        n.put("TimeStamp", d.timestamp());
        n.put("CreatedAt", d.createdAt().toString());
        n.put("UpdatedAt", d.updatedAt().toString());
        n.put("DeletedAt", d.deletedAt() == null ? null : d.deletedAt().toString());
        n.put("Number", d.number());
        n.put("ContactName", d.contactName());
        n.put("ShowLinesInclVat", false);
        BigDecimal vatable = sum(d.lines(), true);
        n.put("TotalExclVat", d.totalExclVat());
        n.put("TotalVatableAmount", vatable);
        n.put("TotalInclVat", d.totalInclVat());
        n.put("TotalNonVatableAmount", sum(d.lines(), false));
        n.put("TotalVat", d.totalInclVat().subtract(d.totalExclVat()));
        ArrayNode totals = n.putArray("TotalLines");
        total(totals, "SubTotal", d.totalExclVat(), 0, "Subtotal");
        total(totals, "Vat", d.totalInclVat().subtract(d.totalExclVat()), 1, "Moms");
        total(totals, "Total", d.totalInclVat(), 2, "Total " + d.currency());
        n.putNull("InvoiceTemplateId");
        n.put("Currency", d.currency());
        n.put("Language", d.language() == null ? "da-DK" : d.language());
        n.put("ExternalReference", d.externalReference());
        n.put("Description", d.description());
        n.putNull("Comment");
        n.put("Date", d.date().toString());
        ArrayNode lines = n.putArray("ProductLines");
        for (DineroLine line : d.lines()) {
            ObjectNode l = lines.addObject();
            l.put("AccountName", SimulatedChart.account(line.accountNumber()).map(SimulatedChart.Account::name)
                    .orElse(null));
            l.put("BaseAmountValue", line.unitPrice());
            l.put("BaseAmountValueInclVat", line.unitPrice().add(line.unitPrice().multiply(line.vatRate()))
                    .setScale(2, java.math.RoundingMode.HALF_UP));
            l.put("TotalAmount", line.amountExclVat());
            l.put("TotalAmountInclVat", line.amountInclVat());
            l.putNull("ProductGuid");
            l.put("Description", line.description());
            l.putNull("Comments");
            l.put("Quantity", line.quantity());
            l.put("AccountNumber", line.accountNumber());
            l.put("Unit", "parts");
            l.put("Discount", BigDecimal.ZERO);
            l.put("LineType", "Product");
        }
        n.putNull("Address");
    }

    private static BigDecimal sum(List<DineroLine> lines, boolean vatable) {
        return lines.stream().filter(line -> (line.vatRate().signum() != 0) == vatable)
                .map(DineroLine::amountExclVat).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static void total(ArrayNode totals, String type, BigDecimal amount, int position, String label) {
        ObjectNode t = totals.addObject();
        t.put("Type", type);
        t.put("TotalAmount", amount);
        t.put("Position", position);
        t.put("Label", label);
    }
}
