package org.reskontro.simulator.poweroffice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.LongPredicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * POST /SalesOrders/Complete (SalesOrderCompletePostDto: a customer, lines by product, an ExternalImportReference
 * that Go keeps unique), GET /SalesOrders (the unsent orders) and POST /SalesOrders/{id}/createAndSendInvoice,
 * which the simulator carries out at once: the 202 means the invoice is already in /OutgoingInvoices.
 */
final class SalesOrderEndpoints {

    private SalesOrderEndpoints() {
    }

    static ApiResponse complete(ClientBooks books, ApiRequest request, Instant now) {
        JsonNode body = PostingEndpoints.json(request);
        JsonNode customer = body.get("CustomerId");
        if (customer == null || !customer.canConvertToExactIntegral()) {
            throw Problem.badRequest("CustomerId is required.");
        }
        String currency = PostingEndpoints.text(body, "CurrencyCode");
        if (currency != null && !"NOK".equals(currency)) {
            throw Problem.badRequest("The simulator takes NOK sales orders only, not " + currency + ".");
        }
        String status = PostingEndpoints.text(body, "SalesOrderStatus");
        if (status != null && !status.equals("Draft") && !status.equals("Confirmed")) {
            throw Problem.badRequest("The value '" + status + "' is not valid for SalesOrderStatus.");
        }
        LocalDate date = PostingEndpoints.date(body, "SalesOrderDate");
        JsonNode term = body.get("PaymentTerm");
        JsonNode related = body.get("RelatedInvoiceNo");
        List<SalesOrder.Line> lines = new ArrayList<>();
        for (JsonNode line : body.path("SalesOrderLines")) {
            if (!"Text".equals(PostingEndpoints.text(line, "LineType"))) { // a text line shows, it posts nothing
                lines.add(line(books, line));
            }
        }
        try {
            SalesOrder order = books.createSalesOrder(customer.asLong(), date != null ? date : now.atZone(
                    PowerOfficeApi.OSLO).toLocalDate(), term == null || term.isNull() ? null : term.asInt(),
                    status == null ? "Draft" : status, PostingEndpoints.text(body, "ExternalImportReference"),
                    PostingEndpoints.text(body, "CustomMatchingReference"),
                    related == null || related.isNull() ? null : related.asLong(), lines, now);
            return ApiResponse.json(201, dto(order, books, true));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw Problem.badRequest(e.getMessage() + ".");
        }
    }

    static ApiResponse list(ClientBooks books, ApiRequest request) {
        ResourcePage page = ResourcePage.of(request);
        LongPredicate customers = QueryValues.ranges(request, "customerNos");
        String status = request.param("orderStatus").orElse(null);
        List<SalesOrder> orders = books.salesOrders().stream()
                .filter(o -> customers == null || customers.test(o.customerNo()))
                .filter(o -> status == null || status.equalsIgnoreCase(o.status()))
                .toList();
        return page.render(orders, o -> dto(o, books, false), request);
    }

    static ApiResponse send(ClientBooks books, String id, ApiRequest request, Instant now) {
        UUID order = QueryValues.id(id, "id");
        JsonNode body = request.body().length == 0 ? SimulatorJson.MAPPER.createObjectNode()
                : PostingEndpoints.json(request);
        LocalDate voucherDate = PostingEndpoints.date(body, "VoucherDate");
        LocalDate due = PostingEndpoints.date(body, "OverrideDueDate");
        try {
            books.sendSalesOrder(order, voucherDate, due, now);
        } catch (IllegalStateException e) {
            throw e.getMessage().endsWith("not found") ? Problem.notFound(e.getMessage() + ".")
                    : Problem.badRequest(e.getMessage() + ".");
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest(e.getMessage() + ".");
        }
        ObjectNode n = SimulatorJson.MAPPER.createObjectNode();
        n.put("Id", order.toString());
        n.put("DeliveryType", PostingEndpoints.text(body, "DeliveryType") == null ? "Auto"
                : PostingEndpoints.text(body, "DeliveryType"));
        n.put("EmailAddress", PostingEndpoints.text(body, "EmailAddress"));
        n.put("OverrideDueDate", due == null ? null : due.toString());
        n.put("VoucherDate", voucherDate == null ? null : voucherDate.toString());
        return ApiResponse.json(202, n).withHeader("Location",
                PowerOfficeApi.API_ROOT + "/SalesOrders/sentState?id=" + order);
    }

    /** A line takes its account and VAT from its product; without a product Go would not know where to post it. */
    private static SalesOrder.Line line(ClientBooks books, JsonNode line) {
        String code = PostingEndpoints.text(line, "ProductCode");
        if (code == null) {
            throw Problem.badRequest("Every sales order line needs a ProductCode.");
        }
        Chart.Product product = books.chart(chart -> chart.product(code)).orElseThrow(
                () -> Problem.badRequest("Product with code = " + code + " not found."));
        JsonNode quantity = line.get("Quantity");
        JsonNode price = line.get("ProductUnitPrice");
        if (quantity == null || !quantity.isNumber() || price == null || !price.isNumber()) {
            throw Problem.badRequest("Quantity and ProductUnitPrice are required on a line with a product.");
        }
        BigDecimal rate = books.chart(chart -> chart.vatRate(product));
        String description = PostingEndpoints.text(line, "Description");
        return new SalesOrder.Line(UUID.nameUUIDFromBytes((product.code() + "/" + line).getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), description == null ? product.name() : description,
                product.code(), product.id(), quantity.decimalValue(), price.decimalValue(), rate);
    }

    private static ObjectNode dto(SalesOrder o, ClientBooks books, boolean withLines) {
        ObjectNode n = SimulatorJson.MAPPER.createObjectNode();
        n.put("Id", o.id().toString());
        n.put("SalesOrderNo", o.salesOrderNo());
        n.put("CustomerId", o.customerId());
        n.put("CustomerNo", o.customerNo());
        n.put("SalesOrderDate", o.date().toString());
        n.put("SalesOrderStatus", o.status());
        n.put("CurrencyCode", "NOK");
        if (o.paymentTerm() == null) {
            n.putNull("PaymentTerm");
        } else {
            n.put("PaymentTerm", o.paymentTerm());
        }
        n.put("ExternalImportReference", o.externalImportReference());
        n.put("CustomMatchingReference", o.customMatchingReference());
        if (o.relatedInvoiceNo() == null) {
            n.putNull("RelatedInvoiceNo");
        } else {
            n.put("RelatedInvoiceNo", o.relatedInvoiceNo());
        }
        n.put("NetAmount", o.net());
        n.put("TotalAmount", o.total());
        n.put("LineCount", o.lines().size());
        n.put("IsCreatedByCurrentIntegration", true);
        n.put("CreatedDateTimeOffset", SimulatorJson.timestamp(o.createdAt()));
        n.put("LastChangedDateTimeOffset", SimulatorJson.timestamp(o.createdAt()));
        if (withLines) {
            ArrayNode lines = n.putArray("SalesOrderLines");
            int sort = 0;
            for (SalesOrder.Line line : o.lines()) {
                PowerOfficeLine posted = line.posted();
                ObjectNode l = lines.addObject();
                l.put("Id", line.id().toString());
                l.put("SalesOrderId", o.id().toString());
                l.put("Description", line.description());
                l.put("ProductCode", line.productCode());
                l.put("ProductId", line.productId());
                l.put("Quantity", line.quantity());
                l.put("ProductUnitPrice", line.unitPrice());
                l.put("NetAmount", posted.net());
                l.put("VatAmount", posted.total().subtract(posted.net()));
                l.put("TotalAmount", posted.total());
                l.put("VatRate", line.vatRate());
                l.put("SortOrder", sort++);
            }
        }
        return n;
    }
}
