package org.reskontro.simulator.poweroffice;

import java.time.LocalDate;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * GET /Customerledger/EntriesByMatchId (every entry of one match) and GET /Customerledger/OpenItems (the entries
 * with a balance, as of today: the simulator keeps no history, so a past {@code date} is refused).
 */
final class LedgerEndpoints {

    private LedgerEndpoints() {
    }

    static ApiResponse entriesByMatchId(ClientBooks books, ApiRequest request) {
        Long matchId = QueryValues.number(request, "matchId");
        if (matchId == null) {
            throw Problem.badRequest("The matchId field is required.");
        }
        ResourcePage page = ResourcePage.of(request);
        List<LedgerEntry> match = books.match(matchId);
        if (match.isEmpty()) {
            throw Problem.notFound("Match with id = " + matchId + " not found.");
        }
        return page.render(match, e -> dto(books, e), request);
    }

    static ApiResponse openItems(ClientBooks books, ApiRequest request, LocalDate today) {
        ResourcePage page = ResourcePage.of(request);
        LocalDate date = QueryValues.date(request, "date");
        if (date != null && !date.equals(today)) {
            throw Problem.badRequest("The simulator knows open items as of today (" + today + ") only.");
        }
        LongPredicate customers = QueryValues.ranges(request, "customerNos");
        List<LedgerEntry> open = books.entries().stream()
                .filter(e -> e.balance().signum() != 0)
                .filter(e -> customers == null || customers.test(e.customerNo()))
                .toList();
        return page.render(open, e -> dto(books, e), request);
    }

    /**
     * GET /Customerledger/Statement: entries by posting date (inclusive) and customer numbers. The simulator keeps
     * no history, so balances are today's whatever {@code toDate} says; every entry an integration posted carries
     * its ExternalImportReference, the rest none.
     */
    static ApiResponse statement(ClientBooks books, ApiRequest request) {
        ResourcePage page = ResourcePage.of(request);
        LocalDate from = QueryValues.date(request, "fromDate");
        LocalDate to = QueryValues.date(request, "toDate");
        if (from == null || to == null) {
            throw Problem.badRequest("The fromDate and toDate fields are required.");
        }
        LongPredicate customers = QueryValues.ranges(request, "customerNos");
        boolean ownOnly = Boolean.TRUE.equals(QueryValues.flag(request, "onlyCreatedByCurrentIntegration"));
        List<LedgerEntry> entries = books.entries().stream()
                .filter(e -> !e.postingDate().isBefore(from) && !e.postingDate().isAfter(to))
                .filter(e -> customers == null || customers.test(e.customerNo()))
                .filter(e -> !ownOnly || books.externalReference(e.voucherId()) != null)
                .toList();
        return page.render(entries, e -> dto(books, e), request);
    }

    private static tools.jackson.databind.node.ObjectNode dto(ClientBooks books, LedgerEntry e) {
        return Dtos.ledgerEntry(e, name(books, e), books.externalReference(e.voucherId()),
                books.matchingReference(e.voucherId()));
    }

    private static String name(ClientBooks books, LedgerEntry entry) {
        return books.findCustomer(entry.customerId()).map(PowerOfficeCustomer::displayName).orElse(null);
    }
}
