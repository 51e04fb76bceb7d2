package org.reskontro.connector.dinero;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.reskontro.ledger.spi.ErpPosting;
import tools.jackson.databind.JsonNode;

/**
 * The postings on an organisation's receivables accounts, from Dinero's general ledger: the accounts of category
 * Receivables ({@code GET /v1/{org}/accounts/entry}), then either by date ({@link #read}: the accounting years, then
 * {@code GET /v1/{org}/entries} month by month, for a period must not cross accounting years and a month keeps each
 * answer bounded) or by when they were added to the books ({@link #addedSince}: {@code GET /v1/{org}/entries/changes}
 * in ranges of at most 31 days, the contract's limit). Each answer is parsed as a stream ({@link DineroEntryStream}),
 * keeping only the receivables entries of type Normal (primo balances are not asked for). Amounts are in DKK, Dinero's
 * book-keeping currency; a payment booked on an invoice's voucher carries its VoucherGuid (see ADR 12 on what the
 * ledger checks before relying on that).
 */
final class DineroPostings {

    /** Dinero keeps the books in Danish kroner whatever the invoices' currency. */
    static final Currency BOOK_CURRENCY = Currency.getInstance("DKK");

    /** "The time range cannot be longer than 31 days." */
    static final Duration LONGEST_CHANGES_RANGE = Duration.ofDays(31);

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

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

    /**
     * Every receivables posting added from {@code since} to {@code now}, in consecutive ranges of at most 31 days.
     * changesFrom has whole seconds, so {@code since} is rounded down (the range stays inclusive) and the last
     * changesTo is the end of the current second, which it excludes: nothing added up to {@code now} is left out, even
     * in the very second a listing just showed (a payment at a whole-second {@code now} was, while the end was
     * {@code now} itself, found by the randomized ledger simulation). A later read from a cursor within that second
     * may repeat a posting, which keeps its EntryGuid, but none is lost.
     */
    void addedSince(Instant since, Instant now, Consumer<ErpPosting> sink) {
        Instant from = since.truncatedTo(ChronoUnit.SECONDS);
        Instant end = now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        if (!from.isBefore(end)) {
            return;
        }
        Set<Integer> receivables = receivableAccounts();
        if (receivables.isEmpty()) {
            return;
        }
        while (from.isBefore(end)) {
            Instant to = from.plus(LONGEST_CHANGES_RANGE).isBefore(end) ? from.plus(LONGEST_CHANGES_RANGE) : end;
            changes(from, to, receivables, sink);
            from = to;
        }
    }

    private void changes(Instant from, Instant to, Set<Integer> receivables, Consumer<ErpPosting> sink) {
        String path = "/v1/" + client.organisationId() + "/entries/changes";
        Map<String, String> query = new LinkedHashMap<>();
        query.put("changesFrom", INSTANT.format(from));
        query.put("changesTo", INSTANT.format(to));
        query.put("includePrimo", "false");
        String what = "GET " + path + " " + query.get("changesFrom") + ".." + query.get("changesTo");
        client.stream(path, query, what, notFound(), in -> DineroEntryStream.parse(in, receivables, sink, what));
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
        client.stream(path, query, what, notFound(), in -> DineroEntryStream.parse(in, receivables, sink, what));
    }

    private String notFound() {
        return "Dinero has no organisation " + client.organisationId() + " for these credentials";
    }
}
