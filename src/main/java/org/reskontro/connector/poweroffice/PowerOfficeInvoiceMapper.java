package org.reskontro.connector.poweroffice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.reskontro.ledger.spi.ErpDocument;
import org.reskontro.ledger.spi.ErpStatus;
import org.reskontro.shared.DocumentKind;
import org.reskontro.shared.Money;
import tools.jackson.databind.JsonNode;

/**
 * An OutgoingInvoiceDto (invoice or credit note) to an {@link ErpDocument}, in NOK: PowerOffice keeps the customer
 * ledger (Balance, matches) in the client currency only, so a document in another currency is mirrored at its posted
 * NOK amounts (TotalPostedAmount, NetPostedAmount), the amounts its balance is measured against. The version is the
 * balance's last change (it moves with every payment or match); a reversal (IsReversed) counts as a deletion. The
 * status is derived, since PowerOffice has none: settled at balance zero, overdue after the due date.
 */
final class PowerOfficeInvoiceMapper {

    static final Currency CLIENT_CURRENCY = Currency.getInstance("NOK");

    private PowerOfficeInvoiceMapper() {
    }

    static PowerOfficeInvoice invoice(JsonNode item, LocalDate today, String where) {
        String type = PowerOfficeJson.text(item, "VoucherType", where);
        DocumentKind kind = switch (type) {
            case "OutgoingInvoice" -> DocumentKind.INVOICE;
            case "OutgoingCreditNote" -> DocumentKind.CREDIT_NOTE;
            default -> throw PowerOfficeJson.malformed(where, "unknown VoucherType '" + type + "'");
        };
        BigDecimal balance = PowerOfficeJson.optionalAmount(item, "Balance", where);
        BigDecimal signedBalance = balance == null ? BigDecimal.ZERO : balance; // no ledger entry: nothing to follow up
        boolean reversed = PowerOfficeJson.flag(item, "IsReversed", false, where);
        LocalDate due = PowerOfficeJson.optionalDate(item, "DueDate", where);
        String balanceChanged = PowerOfficeJson.optionalText(item, "BalanceLastChangedDateTimeOffset");
        String version = (balanceChanged != null ? balanceChanged
                : PowerOfficeJson.text(item, "LastChangedDateTimeOffset", where)) + (reversed ? "|reversed" : "");
        Long customer = PowerOfficeJson.optionalInteger(item, "CustomerId", where);
        ErpDocument document = new ErpDocument(PowerOfficeJson.text(item, "Id", where), kind,
                PowerOfficeJson.optionalInteger(item, "InvoiceNo", where), customer == null ? null : customer.toString(),
                PowerOfficeJson.date(item, "VoucherDate", where), kind == DocumentKind.INVOICE ? due : null,
                nok(PowerOfficeJson.amount(item, "TotalPostedAmount", where)),
                nok(PowerOfficeJson.amount(item, "NetPostedAmount", where)),
                status(kind, signedBalance, due, today), version, reversed);
        return new PowerOfficeInvoice(document, signedBalance, PowerOfficeJson.optionalInteger(item, "MatchId", where));
    }

    /** An invoice's balance is positive while owed, a credit note's negative while not used. */
    static ErpStatus status(DocumentKind kind, BigDecimal balance, LocalDate due, LocalDate today) {
        BigDecimal owed = kind == DocumentKind.INVOICE ? balance : balance.negate();
        if (owed.signum() == 0) {
            return ErpStatus.SETTLED;
        }
        if (owed.signum() < 0) {
            return ErpStatus.OVERPAID;
        }
        return kind == DocumentKind.INVOICE && due != null && due.isBefore(today) ? ErpStatus.OVERDUE : ErpStatus.OPEN;
    }

    /** Totals are positive for both kinds in the SPI, whichever sign PowerOffice gives a credit note. */
    private static Money nok(BigDecimal amount) {
        return new Money(amount.abs(), CLIENT_CURRENCY);
    }
}
