package org.reskontro.connector.dinero;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.reskontro.ledger.spi.ErpDocument;
import org.reskontro.ledger.spi.ErpStatus;
import org.reskontro.shared.DocumentKind;
import org.reskontro.shared.Money;
import tools.jackson.databind.JsonNode;

/**
 * A SalesVoucherReadListModel (invoice or credit note) to an {@link ErpDocument}. PaymentDate is Dinero's word
 * for the due date; UpdatedAt, which moves with every change including payments, is the version.
 */
final class DineroDocumentMapper {

    /**
     * What the mapper reads, plus TotalInclVatInDkk and TotalExclVatInDkk, which it does not need but the
     * contract marks required: asked for, the answer conforms to the schema. PascalCase, because Dinero echoes
     * the names as requested.
     */
    static final String FIELDS = "Guid,Number,ContactGuid,Date,PaymentDate,Currency,Status,TotalExclVat,"
            + "TotalInclVat,TotalExclVatInDkk,TotalInclVatInDkk,CreatedAt,UpdatedAt,DeletedAt";

    /** Every status but Draft. Booked alone would miss the overdue ones. */
    static final String BOOKED_STATUSES = "Booked,Overdue,Paid,OverPaid";

    private DineroDocumentMapper() {
    }

    /** Null for a draft that slipped through the status filter. */
    static ErpDocument document(JsonNode item, DocumentKind kind, boolean deletedPass, String where) {
        String status = DineroJson.text(item, "Status", where);
        if (status.equalsIgnoreCase("Draft")) {
            return null;
        }
        String currencyCode = DineroJson.optionalText(item, "Currency");
        Currency currency = currency(currencyCode == null ? "DKK" : currencyCode, where);
        String version = DineroJson.optionalText(item, "UpdatedAt");
        return new ErpDocument(DineroJson.text(item, "Guid", where), kind, DineroJson.integer(item, "Number", where),
                DineroJson.optionalText(item, "ContactGuid"), DineroJson.date(item, "Date", where),
                kind == DocumentKind.INVOICE ? DineroJson.date(item, "PaymentDate", where) : null,
                positive(item, "TotalInclVat", currency, where), positive(item, "TotalExclVat", currency, where),
                status(status, where), version != null ? version : DineroJson.text(item, "CreatedAt", where),
                deletedPass || DineroJson.optionalText(item, "DeletedAt") != null);
    }

    private static ErpStatus status(String status, String where) {
        return switch (status.toLowerCase(Locale.ROOT)) {
            case "booked" -> ErpStatus.OPEN;
            case "overdue" -> ErpStatus.OVERDUE;
            case "paid" -> ErpStatus.SETTLED;
            case "overpaid" -> ErpStatus.OVERPAID;
            default -> throw DineroJson.malformed(where, "unknown Status '" + status + "'");
        };
    }

    /** Totals are positive for both kinds in the SPI, whichever sign Dinero gives a credit note. */
    private static Money positive(JsonNode item, String property, Currency currency, String where) {
        BigDecimal amount = DineroJson.amount(item, property, where);
        return new Money(amount.abs(), currency);
    }

    static Currency currency(String code, String where) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw DineroJson.malformed(where, "unknown Currency '" + code + "'");
        }
    }
}
