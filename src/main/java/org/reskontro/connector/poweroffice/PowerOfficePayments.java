package org.reskontro.connector.poweroffice;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.reskontro.bookkeeping.spi.BookedDocument;
import org.reskontro.bookkeeping.spi.PaymentRegistration;
import org.reskontro.ledger.spi.AccountingSystemException;
import org.reskontro.ledger.spi.AccountingSystemException.Category;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A payment on one document as a bank voucher (POST /Vouchers/BankJournals): the deposit account against the
 * customer's sub-ledger account, the customer line carrying the document's KID and invoice number, so Go matches it
 * with the document at once. The key is the voucher's ExternalImportReference, which Go keeps unique on the client;
 * it is found again in the customer ledger's statement of that customer and posting date.
 */
final class PowerOfficePayments {

    private record Document(long customerId, long customerNo, String cid, Long invoiceNo, boolean creditNote) {
    }

    private final PowerOfficeApiClient client;
    private final PowerOfficePages pages;
    private final PowerOfficeChart chart;
    private final String noClient;

    PowerOfficePayments(PowerOfficeApiClient client, PowerOfficePages pages, PowerOfficeChart chart,
            String noClient) {
        this.client = client;
        this.pages = pages;
        this.chart = chart;
        this.noClient = noClient;
    }

    Optional<BookedDocument> find(PaymentRegistration payment) {
        return find(payment, document(payment));
    }

    BookedDocument book(PaymentRegistration payment) {
        Document document = document(payment);
        Optional<BookedDocument> found = find(payment, document);
        if (found.isPresent()) {
            return found.get();
        }
        String what = "POST /Vouchers/BankJournals (payment " + payment.key() + ")";
        PowerOfficeApiClient.Answer answer;
        try {
            answer = client.post("/Vouchers/BankJournals", PowerOfficeJson.bytes(voucher(payment, document)), what,
                    "PowerOffice Go refused " + what + ": an account it names is missing");
        } catch (AccountingSystemException e) {
            if (e.category() == Category.REJECTED) {
                return find(payment, document).orElseThrow(() -> e);
            }
            throw e;
        }
        JsonNode posted = PowerOfficeJson.parse(answer.body(), what);
        return new BookedDocument(PowerOfficeJson.text(posted, "Id", what), null, BookedDocument.State.BOOKED);
    }

    private Optional<BookedDocument> find(PaymentRegistration payment, Document document) {
        String key = payment.key().toString();
        String day = payment.date().toString();
        Optional<BookedDocument>[] found = new Optional[] {Optional.empty()};
        pages.each("/Customerledger/Statement", Map.of("customerNos", String.valueOf(document.customerNo()),
                "fromDate", day, "toDate", day, "onlyCreatedByCurrentIntegration", "true"), noClient,
                (item, where) -> {
                    if (key.equalsIgnoreCase(PowerOfficeJson.optionalText(item, "ExternalImportReference"))) {
                        found[0] = Optional.of(new BookedDocument(PowerOfficeJson.text(item, "VoucherId", where),
                                null, BookedDocument.State.BOOKED));
                    }
                });
        return found[0];
    }

    private Document document(PaymentRegistration payment) {
        String id = payment.documentExternalId();
        String what = "GET /OutgoingInvoices/" + id;
        PowerOfficeApiClient.Answer answer;
        try {
            answer = client.get("/OutgoingInvoices/" + id, Map.of(), "application/json", what,
                    "PowerOffice Go has no invoice or credit note " + id + " to register payment " + payment.key()
                            + " on");
        } catch (AccountingSystemException e) {
            throw e.category() == Category.NOT_FOUND ? new AccountingSystemException(Category.REJECTED,
                    e.getMessage()) : e;
        }
        JsonNode item = PowerOfficeJson.parse(answer.body(), what);
        return new Document(PowerOfficeJson.integer(item, "CustomerId", what),
                PowerOfficeJson.integer(item, "CustomerNo", what), PowerOfficeJson.optionalText(item, "Cid"),
                PowerOfficeJson.optionalInteger(item, "InvoiceNo", what),
                "OutgoingCreditNote".equals(PowerOfficeJson.optionalText(item, "VoucherType")));
    }

    /**
     * Money received on an invoice credits the customer; on a credit note, money paid back debits them. A negative
     * payment (a correction) turns both lines round. Neither line is a sale: VAT code 0, no VAT treatment.
     */
    private ObjectNode voucher(PaymentRegistration payment, Document document) {
        if (!payment.amount().currency().equals(PowerOfficeInvoiceMapper.CLIENT_CURRENCY)) {
            throw new AccountingSystemException(Category.REJECTED, "PowerOffice Go posts payment " + payment.key()
                    + " in NOK, the client currency, not " + payment.amount().currency());
        }
        if (payment.depositAccount() == null) {
            throw new AccountingSystemException(Category.REJECTED, "Payment " + payment.key()
                    + " names no deposit account");
        }
        BigDecimal received = document.creditNote() ? payment.amount().amount().negate() : payment.amount().amount();
        long vatId = chart.vatId(PowerOfficeChart.NO_VAT_TREATMENT);
        long subledger = subledgerAccount(document.customerId());
        ObjectNode voucher = PowerOfficeJson.object();
        voucher.put("CurrencyCode", PowerOfficeInvoiceMapper.CLIENT_CURRENCY.getCurrencyCode());
        voucher.put("VoucherDate", payment.date().toString());
        voucher.put("Description", payment.description());
        voucher.put("ExternalImportReference", payment.key().toString());
        ArrayNode lines = voucher.putArray("VoucherLines");
        ObjectNode bank = lines.addObject();
        bank.put("AccountId", chart.accountId(payment.depositAccount()));
        bank.put("CurrencyAmount", received);
        bank.put("PostingDate", payment.date().toString());
        bank.put("VatId", vatId);
        bank.put("Description", payment.description());
        ObjectNode customer = lines.addObject();
        customer.put("AccountId", subledger);
        customer.put("CurrencyAmount", received.negate());
        customer.put("PostingDate", payment.date().toString());
        customer.put("VatId", vatId);
        customer.put("Cid", document.cid());
        customer.put("InvoiceNo", document.invoiceNo() == null ? null : String.valueOf(document.invoiceNo()));
        customer.put("Description", payment.description());
        return voucher;
    }

    private long subledgerAccount(long customerId) {
        String what = "GET /Customers/" + customerId;
        JsonNode customer = PowerOfficeJson.parse(client.get("/Customers/" + customerId, Map.of(), "application/json",
                what, "PowerOffice Go has no customer " + customerId).body(), what);
        return PowerOfficeJson.integer(customer, "SubledgerAccountId", what);
    }
}
