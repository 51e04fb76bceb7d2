package org.reskontro.connector.poweroffice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.reskontro.bookkeeping.spi.BookedDocument;
import org.reskontro.bookkeeping.spi.BookingLine;
import org.reskontro.bookkeeping.spi.BookingMode;
import org.reskontro.ledger.spi.AccountingSystemException;
import org.reskontro.ledger.spi.AccountingSystemException.Category;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fee invoices, interest notes and the credit notes that reverse them, as PowerOffice Go makes documents an
 * integration sends: a sales order (POST /SalesOrders/Complete), then createAndSendInvoice, which turns it into an
 * outgoing invoice (or, with negative lines, a credit note) under the same id, with a number and a KID Go assigns.
 * A {@link BookingMode#PROPOSAL} stays a sales order in Draft: an invoice draft the bookkeeper sends or drops.
 *
 * <p>The booking's key goes into ExternalImportReference, which Go keeps unique per object type (a second order with
 * it is refused), and into CustomMatchingReference, the one reference /OutgoingInvoices can be filtered by (a unique
 * value matches nothing else in the sub-ledger). Lookup: the sent document by CustomMatchingReference, else the
 * integration's unsent orders by ExternalImportReference.
 */
final class PowerOfficeChargeDocuments {

    /** What a charge document says, whichever kind; {@code credited} is the invoice a credit note reverses. */
    record Draft(UUID key, BookingMode mode, long customerId, LocalDate date, LocalDate dueDate, Long relatedInvoiceNo,
            String heading, List<BookingLine> lines, boolean credit) {
    }

    private final PowerOfficeApiClient client;
    private final PowerOfficePages pages;
    private final PowerOfficeChart chart;
    private final String noClient;

    PowerOfficeChargeDocuments(PowerOfficeApiClient client, PowerOfficePages pages, PowerOfficeChart chart,
            String noClient) {
        this.client = client;
        this.pages = pages;
        this.chart = chart;
        this.noClient = noClient;
    }

    Optional<BookedDocument> find(UUID key) {
        Optional<BookedDocument> sent = sent(key);
        return sent.isPresent() ? sent : draft(key);
    }

    BookedDocument book(Draft draft) {
        Optional<BookedDocument> found = find(draft.key());
        if (found.isEmpty()) {
            found = Optional.of(create(draft));
        }
        BookedDocument document = found.get();
        if (document.state() == BookedDocument.State.BOOKED || draft.mode() == BookingMode.PROPOSAL) {
            return document;
        }
        return send(draft, document.externalId());
    }

    /** A refused create may be the duplicate check answering a retry whose first attempt got through. */
    private BookedDocument create(Draft draft) {
        String what = "POST /SalesOrders/Complete (" + name(draft) + ")";
        PowerOfficeApiClient.Answer answer;
        try {
            answer = client.post("/SalesOrders/Complete", PowerOfficeJson.bytes(salesOrder(draft)), what,
                    "PowerOffice Go refused " + what + ": something it names is missing");
        } catch (AccountingSystemException e) {
            if (e.category() == Category.REJECTED) {
                return find(draft.key()).orElseThrow(() -> e);
            }
            throw e;
        }
        JsonNode created = PowerOfficeJson.parse(answer.body(), what);
        return new BookedDocument(PowerOfficeJson.text(created, "Id", what), null, BookedDocument.State.PROPOSED);
    }

    /** Sending twice is refused (the order is gone): then the invoice is there, and that is the answer. */
    private BookedDocument send(Draft draft, String salesOrderId) {
        String what = "POST /SalesOrders/" + salesOrderId + "/createAndSendInvoice (" + name(draft) + ")";
        ObjectNode request = PowerOfficeJson.object();
        request.put("DeliveryType", "Auto");
        request.put("VoucherDate", draft.date().toString());
        if (!draft.credit()) {
            request.put("OverrideDueDate", draft.dueDate().toString());
        }
        try {
            client.post("/SalesOrders/" + salesOrderId + "/createAndSendInvoice", PowerOfficeJson.bytes(request), what,
                    "PowerOffice Go has no sales order " + salesOrderId + " to send");
        } catch (AccountingSystemException e) {
            if (e.category() != Category.REJECTED || sent(draft.key()).isEmpty()) {
                throw e;
            }
        }
        return sent(draft.key()).orElseThrow(() -> new AccountingSystemException(Category.SERVER_ERROR,
                "PowerOffice Go accepted " + name(draft) + " for sending but has not posted it yet; asked again"
                        + " later, it is found and not sent twice"));
    }

    private Optional<BookedDocument> sent(UUID key) {
        Optional<BookedDocument>[] found = new Optional[] {Optional.empty()};
        pages.each("/OutgoingInvoices", Map.of("customMatchingReferences", key.toString()), noClient,
                (item, where) -> {
                    if (key.toString().equalsIgnoreCase(PowerOfficeJson.optionalText(item, "ExternalImportReference"))
                            && !PowerOfficeJson.flag(item, "IsReversed", false, where)) {
                        found[0] = Optional.of(new BookedDocument(PowerOfficeJson.text(item, "Id", where),
                                PowerOfficeJson.optionalInteger(item, "InvoiceNo", where),
                                BookedDocument.State.BOOKED));
                    }
                });
        return found[0];
    }

    /** GET /SalesOrders has no reference filter; the integration's own unsent orders are few. */
    private Optional<BookedDocument> draft(UUID key) {
        Optional<BookedDocument>[] found = new Optional[] {Optional.empty()};
        pages.each("/SalesOrders", Map.of("onlyCreatedByCurrentIntegration", "true"), noClient, (item, where) -> {
            if (key.toString().equalsIgnoreCase(PowerOfficeJson.optionalText(item, "ExternalImportReference"))) {
                found[0] = Optional.of(new BookedDocument(PowerOfficeJson.text(item, "Id", where), null,
                        BookedDocument.State.PROPOSED));
            }
        });
        return found[0];
    }

    /**
     * The heading goes first as a text line (a sales order has no heading of its own); each line books on the
     * product of its account, one unit at its amount, negative on a credit note.
     */
    private ObjectNode salesOrder(Draft draft) {
        ObjectNode order = PowerOfficeJson.object();
        order.put("CustomerId", draft.customerId());
        order.put("CurrencyCode", PowerOfficeInvoiceMapper.CLIENT_CURRENCY.getCurrencyCode());
        order.put("SalesOrderDate", draft.date().toString());
        order.put("SalesOrderStatus", draft.mode() == BookingMode.PROPOSAL ? "Draft" : "Confirmed");
        order.put("ExternalImportReference", draft.key().toString());
        order.put("CustomMatchingReference", draft.key().toString());
        if (!draft.credit()) {
            order.put("PaymentTerm", (int) ChronoUnit.DAYS.between(draft.date(), draft.dueDate()));
        }
        if (draft.relatedInvoiceNo() != null) {
            order.put("RelatedInvoiceNo", draft.relatedInvoiceNo());
        }
        ArrayNode lines = order.putArray("SalesOrderLines");
        int sort = 0;
        if (draft.heading() != null && !draft.heading().isBlank()) {
            ObjectNode text = lines.addObject();
            text.put("LineType", "Text");
            text.put("Description", draft.heading());
            text.put("SortOrder", sort++);
        }
        for (BookingLine line : draft.lines()) {
            if (!line.amount().currency().equals(PowerOfficeInvoiceMapper.CLIENT_CURRENCY)) {
                throw new AccountingSystemException(Category.REJECTED, "PowerOffice Go books " + name(draft)
                        + " in NOK, the client currency; a line is in " + line.amount().currency());
            }
            if (line.account() == null) {
                throw new AccountingSystemException(Category.REJECTED, "A line of " + name(draft)
                        + " names no revenue account");
            }
            ObjectNode l = lines.addObject();
            l.put("LineType", "Normal");
            l.put("ProductCode", chart.productFor(line.account()));
            l.put("Description", line.text());
            l.put("Quantity", draft.credit() ? BigDecimal.ONE.negate() : BigDecimal.ONE);
            l.put("ProductUnitPrice", line.amount().amount());
            l.put("SortOrder", sort++);
        }
        return order;
    }

    private static String name(Draft draft) {
        return (draft.credit() ? "credit note " : "charge invoice ") + draft.key();
    }
}
