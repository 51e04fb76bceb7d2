package org.reskontro.connector.dinero;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.reskontro.bookkeeping.spi.BookingLine;
import org.reskontro.bookkeeping.spi.ChargeCreditNote;
import org.reskontro.bookkeeping.spi.ChargeInvoice;
import org.reskontro.bookkeeping.spi.PaymentRegistration;
import org.reskontro.ledger.spi.AccountingSystemException;
import org.reskontro.ledger.spi.AccountingSystemException.Category;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The request bodies of Dinero's writes: InvoiceCreateModel, SalesCreditNoteCreateModel, BookModel and
 * PaymentCreateModel. Every document carries the booking key twice: as its Guid (so it can be fetched by it) and as
 * ExternalReference {@code reskontro:<key>} (so a person in Dinero, or a list filter, sees where it came from).
 * Dinero lines have no VAT code of their own: VAT follows the line's account, so fees and interest go on the
 * creditor's VAT-free revenue account that the booking names.
 */
final class DineroBookingModels {

    /** Dinero's unit for "pieces"; a fee is one piece. */
    static final String UNIT = "parts";

    private DineroBookingModels() {
    }

    static String externalReference(UUID key) {
        return "reskontro:" + key;
    }

    static ObjectNode invoice(ChargeInvoice invoice) {
        ObjectNode body = voucher(invoice.key(), invoice.customerExternalId(), invoice.date().toString(),
                invoice.text(), invoice.language(), invoice.lines());
        body.put("PaymentConditionType", "Netto");
        body.put("PaymentConditionNumberOfDays", (int) ChronoUnit.DAYS.between(invoice.date(), invoice.dueDate()));
        return body;
    }

    static ObjectNode creditNote(ChargeCreditNote note) {
        ObjectNode body = voucher(note.key(), note.customerExternalId(), note.date().toString(), note.text(),
                note.language(), note.lines());
        body.put("CreditNoteFor", guid(note.creditedDocumentExternalId(), "the credited document's id"));
        return body;
    }

    static ObjectNode book(String timestamp) {
        ObjectNode body = DineroJson.object();
        body.put("Timestamp", timestamp);
        return body;
    }

    /** Amount in DKK, the only currency the SPI lets the connector pay in (see {@link DineroBookings}). */
    static ObjectNode payment(PaymentRegistration payment, String timestamp) {
        ObjectNode body = DineroJson.object();
        body.put("Timestamp", timestamp);
        body.put("DepositAccountNumber", accountNumber(payment.depositAccount(), "deposit account"));
        body.put("Amount", money(payment.amount().amount()));
        body.put("Description", payment.description() == null || payment.description().isBlank()
                ? "Indbetaling" : payment.description());
        body.put("ExternalReference", externalReference(payment.key()));
        body.put("PaymentDate", payment.date().toString());
        body.put("RemainderIsFee", false);
        return body;
    }

    private static ObjectNode voucher(UUID key, String contact, String date, String text, String language,
            List<BookingLine> lines) {
        ObjectNode body = DineroJson.object();
        body.put("Guid", key.toString());
        body.put("ExternalReference", externalReference(key));
        if (contact != null) {
            body.put("ContactGuid", guid(contact, "the customer's id"));
        }
        body.put("Date", date);
        body.put("Currency", lines.getFirst().amount().currency().getCurrencyCode());
        body.put("Language", language(language));
        body.put("Description", text);
        ArrayNode productLines = body.putArray("ProductLines");
        for (BookingLine line : lines) {
            ObjectNode l = productLines.addObject();
            l.put("Description", line.text());
            l.put("Quantity", BigDecimal.ONE);
            l.put("Unit", UNIT);
            l.put("Discount", BigDecimal.ZERO);
            l.put("AccountNumber", accountNumber(line.account(), "revenue account"));
            l.put("BaseAmountValue", money(line.amount().amount()));
            l.put("LineType", "Product");
        }
        return body;
    }

    /** Dinero knows da-DK and en-GB; anything else takes the organisation's default (Danish). */
    private static String language(String language) {
        if (language == null) {
            return null;
        }
        String lower = language.toLowerCase(Locale.ROOT);
        return lower.startsWith("en") ? "en-GB" : lower.startsWith("da") ? "da-DK" : null;
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** Refused before anything is sent: a booking Dinero cannot take is the caller's to correct, not to retry. */
    private static int accountNumber(String account, String what) {
        if (account == null || !account.strip().matches("\\d{1,9}")) {
            throw new AccountingSystemException(Category.REJECTED, "Dinero books on account numbers; the "
                    + what + " '" + account + "' is none");
        }
        return Integer.parseInt(account.strip());
    }

    private static String guid(String id, String what) {
        try {
            return UUID.fromString(id).toString();
        } catch (IllegalArgumentException e) {
            throw new AccountingSystemException(Category.REJECTED, "Dinero ids are guids; " + what + " '" + id
                    + "' is none");
        }
    }
}
