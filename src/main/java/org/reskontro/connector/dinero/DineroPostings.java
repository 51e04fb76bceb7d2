package org.reskontro.connector.dinero;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.reskontro.ledger.spi.AccountingSystemException;
import org.reskontro.ledger.spi.AccountingSystemException.Category;
import org.reskontro.ledger.spi.ErpPosting;
import org.reskontro.shared.Money;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The postings on an organisation's receivables accounts, from Dinero's general ledger: the accounts of category
 * Receivables ({@code GET /v1/{org}/accounts/entry}), the accounting years ({@code GET /v1/{org}/accountingyears}),
 * then {@code GET /v1/{org}/entries} month by month (a period must not cross accounting years, and a month keeps each
 * answer bounded), each answer parsed as a stream, keeping only the receivables entries of type Normal (primo
 * balances are not asked for). Amounts are in DKK, Dinero's book-keeping currency; a payment booked on an invoice's
 * voucher carries its VoucherGuid (see ADR 12 on what the ledger checks before relying on that).
 */
final class DineroPostings {

    /** Dinero keeps the books in Danish kroner whatever the invoices' currency. */
    static final Currency BOOK_CURRENCY = Currency.getInstance("DKK");

    private static final JsonMapper PARSER = JsonMapper.builder().build();

    private final DineroApiClient client;
    private final LocalDate today;

    DineroPostings(DineroApiClient client, LocalDate today) {
        this.client = client;
        this.today = today;
    }

    void read(LocalDate from, Consumer<ErpPosting> sink) {
        Set<Integer> receivables = receivableAccounts();
        if (receivables.isEmpty()) {
            return;
        }
        String path = "/v1/" + client.organisationId() + "/accountingyears";
        JsonNode years = client.get(path, Map.of(), "GET " + path, notFound());
        for (JsonNode year : years) {
            LocalDate start = DineroJson.date(year, "FromDate", "GET " + path);
            LocalDate end = DineroJson.date(year, "ToDate", "GET " + path);
            if (end.isBefore(from)) {
                continue;
            }
            LocalDate windowStart = start.isBefore(from) ? from : start;
            while (!windowStart.isAfter(end)) {
                LocalDate windowEnd = windowEnd(windowStart, end);
                entries(windowStart, windowEnd, receivables, sink);
                windowStart = windowEnd.plusDays(1);
            }
        }
    }

    /** Calendar months up to the current one; what lies beyond it in the year (payments dated ahead) in one go. */
    private LocalDate windowEnd(LocalDate start, LocalDate yearEnd) {
        LocalDate monthEnd = YearMonth.from(start).atEndOfMonth();
        LocalDate end = YearMonth.from(start).isAfter(YearMonth.from(today)) ? yearEnd : monthEnd;
        return end.isAfter(yearEnd) ? yearEnd : end;
    }

    private Set<Integer> receivableAccounts() {
        String path = "/v1/" + client.organisationId() + "/accounts/entry";
        Map<String, String> query = new LinkedHashMap<>();
        query.put("fields", "AccountNumber,Name,Category");
        query.put("categoryFilter", "Receivables");
        String what = "GET " + path;
        Set<Integer> accounts = new HashSet<>();
        for (JsonNode account : client.get(path, query, what, notFound())) {
            accounts.add((int) DineroJson.integer(account, "AccountNumber", what));
        }
        return accounts;
    }

    private void entries(LocalDate from, LocalDate to, Set<Integer> receivables, Consumer<ErpPosting> sink) {
        String path = "/v1/" + client.organisationId() + "/entries";
        Map<String, String> query = new LinkedHashMap<>();
        query.put("fromDate", from + "T00:00:00Z");
        query.put("toDate", to + "T00:00:00Z");
        query.put("includePrimo", "false");
        String what = "GET " + path + " " + from + ".." + to;
        client.stream(path, query, what, notFound(), in -> parse(in, receivables, sink, what));
    }

    private static void parse(InputStream in, Set<Integer> receivables, Consumer<ErpPosting> sink, String what) {
        try (JsonParser json = PARSER.createParser(in)) {
            if (json.nextToken() != JsonToken.START_ARRAY) {
                throw DineroJson.malformed(what, "the body is no JSON array of entries");
            }
            while (json.nextToken() == JsonToken.START_OBJECT) {
                Entry entry = entry(json, what);
                if (receivables.contains(entry.account) && !"Primo".equalsIgnoreCase(entry.type)
                        && !"Ultimo".equalsIgnoreCase(entry.type)) {
                    sink.accept(new ErpPosting(entry.entryGuid, String.valueOf(entry.account), entry.voucherGuid,
                            entry.contactGuid, entry.date, new Money(entry.amount, BOOK_CURRENCY), entry.description));
                }
            }
            if (json.currentToken() != JsonToken.END_ARRAY) {
                throw DineroJson.malformed(what, "the array of entries is cut short");
            }
        } catch (JacksonException e) {
            if (e.getCause() instanceof java.io.IOException io) {
                throw new AccountingSystemException(Category.UNREACHABLE, "Dinero's answer to " + what
                        + " broke off while it was read (" + io.getClass().getSimpleName() + ")", e);
            }
            throw new AccountingSystemException(Category.MALFORMED_RESPONSE,
                    "Dinero sent malformed JSON for " + what + ": " + e.getOriginalMessage(), e);
        } catch (UncheckedIOException e) {
            throw new AccountingSystemException(Category.UNREACHABLE, "Dinero's answer to " + what
                    + " broke off while it was read", e);
        }
    }

    private static final class Entry {
        Integer account;
        BigDecimal amount;
        LocalDate date;
        String voucherGuid;
        String contactGuid;
        String entryGuid;
        String description;
        String type;
    }

    /** One EntryReadModel; AccountNumber and Amount are required, a Normal entry needs its Date. */
    private static Entry entry(JsonParser json, String what) {
        Entry entry = new Entry();
        while (json.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = json.currentName();
            JsonToken value = json.nextToken();
            if (value == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (name) {
                case "AccountNumber" -> entry.account = json.getIntValue();
                case "Amount" -> entry.amount = json.getDecimalValue();
                case "Date" -> entry.date = date(json.getString(), what);
                case "VoucherGuid" -> entry.voucherGuid = json.getString();
                case "ContactGuid" -> entry.contactGuid = json.getString();
                case "EntryGuid" -> entry.entryGuid = json.getString();
                case "Description" -> entry.description = json.getString();
                case "Type" -> entry.type = json.getString();
                default -> json.skipChildren();
            }
        }
        if (entry.account == null || entry.amount == null) {
            throw DineroJson.malformed(what, "an entry lacks its required AccountNumber or Amount");
        }
        if (entry.date == null && !"Primo".equalsIgnoreCase(entry.type)) {
            throw DineroJson.malformed(what, "an entry of account " + entry.account + " has no Date");
        }
        return entry;
    }

    private static LocalDate date(String text, String what) {
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw DineroJson.malformed(what, "Date '" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    private String notFound() {
        return "Dinero has no organisation " + client.organisationId() + " for these credentials";
    }
}
