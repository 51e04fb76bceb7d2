package org.reskontro.simulator.poweroffice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The posting side the simulator already accepts, for the bookkeeping issues to come: POST /Vouchers/BankJournals
 * (BankVoucherPostDto: a payment posted on a customer's sub-ledger account is matched by KID or invoice number; its
 * ExternalImportReference is unique, a second voucher with it is refused) and POST /Vouchers/Reverse/{id} (only for
 * vouchers the integration posted). Sales orders are in {@link SalesOrderEndpoints}.
 */
final class PostingEndpoints {

    private PostingEndpoints() {
    }

    static ApiResponse bankJournal(ClientBooks books, ApiRequest request, Instant now) {
        JsonNode body = json(request);
        String currency = text(body, "CurrencyCode");
        LocalDate voucherDate = date(body, "VoucherDate");
        if (currency == null || voucherDate == null) {
            throw Problem.badRequest("CurrencyCode and VoucherDate are required.");
        }
        if (!"NOK".equals(currency)) {
            throw Problem.badRequest("The simulator posts NOK vouchers only, not " + currency + ".");
        }
        List<BankVoucher.Line> lines = new ArrayList<>();
        for (JsonNode line : body.path("VoucherLines")) {
            JsonNode account = line.get("AccountId");
            LocalDate posting = date(line, "PostingDate");
            if (account == null || !account.canConvertToExactIntegral() || posting == null || !line.has("VatId")) {
                throw Problem.badRequest("Every voucher line needs AccountId, PostingDate and VatId.");
            }
            lines.add(new BankVoucher.Line(0, account.asLong(), amount(line), posting, text(line, "Cid"),
                    text(line, "InvoiceNo"), text(line, "Description"), null));
        }
        if (lines.size() < 2) {
            throw Problem.badRequest("A bank voucher needs at least two lines.");
        }
        try {
            String reference = text(body, "ExternalImportReference");
            BankVoucher voucher = books.postBankVoucher(voucherDate, text(body, "Description"), reference, lines, now);
            return ApiResponse.json(201, dto(voucher, currency, reference));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw Problem.badRequest(e.getMessage() + ".");
        }
    }

    static ApiResponse reverse(ClientBooks books, String id, LocalDate today, Instant now) {
        UUID voucher = QueryValues.id(id, "id");
        if (!books.knowsVoucher(voucher)) {
            throw Problem.notFound("Voucher with id = " + id + " not found.");
        }
        try {
            books.reversePostedVoucher(voucher, today, now);
            return new ApiResponse(200, ApiResponse.JSON, new byte[0], Map.of(), false);
        } catch (IllegalStateException e) {
            throw Problem.badRequest(e.getMessage() + ".");
        }
    }

    private static ObjectNode dto(BankVoucher voucher, String currency, String reference) {
        ObjectNode n = SimulatorJson.MAPPER.createObjectNode();
        n.put("Id", voucher.id().toString());
        n.put("VoucherNo", voucher.voucherNo());
        n.put("VoucherDate", voucher.voucherDate().toString());
        n.put("CurrencyCode", currency);
        n.put("Description", voucher.description());
        n.put("ExternalImportReference", reference);
        n.put("IsReversed", voucher.reversedAt() != null);
        n.put("CreatedDateTimeOffset", SimulatorJson.timestamp(voucher.createdAt()));
        ArrayNode lines = n.putArray("VoucherLines");
        for (BankVoucher.Line line : voucher.lines()) {
            ObjectNode l = lines.addObject();
            l.put("Id", line.id());
            l.put("AccountId", line.accountId());
            l.put("CurrencyAmount", line.amount());
            l.put("CurrencyCode", currency);
            l.put("PostingDate", line.postingDate().toString());
            l.put("Cid", line.cid());
            l.put("InvoiceNo", line.invoiceNo());
            l.put("Description", line.description());
            l.put("CreatedDateTimeOffset", SimulatorJson.timestamp(voucher.createdAt()));
        }
        return n;
    }

    static JsonNode json(ApiRequest request) {
        try {
            JsonNode body = SimulatorJson.MAPPER.readTree(request.body());
            if (body == null || !body.isObject()) {
                throw Problem.badRequest("The request body must be a JSON object.");
            }
            return body;
        } catch (JacksonException e) {
            throw Problem.badRequest("The request body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    static String text(JsonNode node, String property) {
        JsonNode value = node.get(property);
        return value == null || value.isNull() ? null : value.asString();
    }

    static LocalDate date(JsonNode node, String property) {
        String text = text(node, property);
        try {
            return text == null ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw Problem.badRequest("The value '" + text + "' is not valid for " + property + ".");
        }
    }

    private static BigDecimal amount(JsonNode line) {
        JsonNode value = line.get("CurrencyAmount");
        if (value == null || !value.isNumber()) {
            throw Problem.badRequest("Every voucher line needs a CurrencyAmount.");
        }
        return value.decimalValue().setScale(2, RoundingMode.HALF_UP);
    }
}
