package org.reskontro.connector.poweroffice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.reskontro.ledger.spi.DocumentBalance;
import org.reskontro.ledger.spi.ErpDocument;
import org.reskontro.ledger.spi.ErpPayment;
import org.reskontro.shared.DocumentKind;
import org.reskontro.shared.Money;
import tools.jackson.databind.JsonNode;

/**
 * A document's balance from the customer ledger. Alone (no match), its Balance is all there is. In a match, the
 * document's own entry states what is open, and every other entry counts towards it with the part of it the match
 * used (Amount less its own Balance), turned to the document's side: payments and credits count for an invoice,
 * another invoice in the same match against it. So the payments add up to what was paid, however many documents
 * one payment covers, and an overpayment's excess stays with the payment, not the invoice.
 */
final class PowerOfficeBalanceMapper {

    private PowerOfficeBalanceMapper() {
    }

    /** Nothing matched against the document: what is open is its balance, nothing was paid. */
    static DocumentBalance alone(PowerOfficeInvoice listed) {
        ErpDocument document = listed.document();
        BigDecimal open = owed(document.kind(), listed.balance());
        return new DocumentBalance(nok(open), nok(document.totalInclVat().amount().subtract(open)), List.of());
    }

    static DocumentBalance matched(ErpDocument document, List<JsonNode> entries, String where) {
        JsonNode own = null;
        for (JsonNode entry : entries) {
            if (document.externalId().equalsIgnoreCase(PowerOfficeJson.optionalText(entry, "VoucherId"))
                    && String.valueOf(PowerOfficeJson.optionalText(entry, "VoucherType")).startsWith("Outgoing")) {
                own = entry;
            }
        }
        if (own == null) {
            throw PowerOfficeJson.malformed(where, "the match holds no entry of " + document.externalId());
        }
        BigDecimal ownAmount = PowerOfficeJson.amount(own, "Amount", where);
        BigDecimal ownBalance = PowerOfficeJson.amount(own, "Balance", where);
        int side = ownAmount.signum() != 0 ? ownAmount.signum() : document.kind() == DocumentKind.INVOICE ? 1 : -1;
        List<ErpPayment> payments = new ArrayList<>();
        for (JsonNode entry : entries) {
            if (entry == own) {
                continue;
            }
            BigDecimal used = PowerOfficeJson.amount(entry, "Amount", where)
                    .subtract(PowerOfficeJson.amount(entry, "Balance", where));
            BigDecimal counted = side > 0 ? used.negate() : used;
            if (counted.signum() != 0) {
                payments.add(payment(entry, document, counted, where));
            }
        }
        BigDecimal open = owed(document.kind(), ownBalance);
        BigDecimal paid = ownAmount.subtract(ownBalance).abs();
        return new DocumentBalance(nok(open), nok(paid), payments);
    }

    /**
     * The id names the ledger entry, the document and the amount it counts with: should a later match change that
     * amount, the mirror sees one payment go and another come, never an edited one (S-SYNC-8).
     */
    private static ErpPayment payment(JsonNode entry, ErpDocument document, BigDecimal counted, String where) {
        long id = PowerOfficeJson.integer(entry, "Id", where);
        return new ErpPayment(id + "@" + document.externalId() + "=" + counted.stripTrailingZeros().toPlainString(),
                PowerOfficeJson.date(entry, "PostingDate", where), nok(counted), description(entry, where));
    }

    /** The ledger has no text per entry; its voucher type and number say what it was. */
    private static String description(JsonNode entry, String where) {
        String type = String.valueOf(PowerOfficeJson.optionalText(entry, "VoucherType"));
        long voucher = PowerOfficeJson.integer(entry, "VoucherNo", where);
        String what = PowerOfficeJson.flag(entry, "IsWriteOff", false, where) ? "Write-off" : switch (type) {
            case "IncomingOcrGiro" -> "OCR giro" + kid(entry);
            case "BankJournal", "IncomingPayments", "IncomingBankRemittance" -> "Bank payment";
            case "OutgoingPayments" -> "Payout";
            case "OutgoingCreditNote" -> "Credit note " + PowerOfficeJson.optionalText(entry, "InvoiceNo");
            case "OutgoingInvoice" -> "Invoice " + PowerOfficeJson.optionalText(entry, "InvoiceNo");
            case "ReversalVoucher" -> "Reversal";
            default -> type;
        };
        return what + ", voucher " + voucher;
    }

    private static String kid(JsonNode entry) {
        String cid = PowerOfficeJson.optionalText(entry, "Cid");
        return cid == null ? "" : " KID " + cid;
    }

    /** An invoice's balance is owed as it stands; a credit note's (negative) is owed back as a positive amount. */
    static BigDecimal owed(DocumentKind kind, BigDecimal balance) {
        return kind == DocumentKind.CREDIT_NOTE ? balance.negate() : balance;
    }

    private static Money nok(BigDecimal amount) {
        return new Money(amount, PowerOfficeInvoiceMapper.CLIENT_CURRENCY);
    }
}
