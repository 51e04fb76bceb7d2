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
        return page.render(match, e -> Dtos.ledgerEntry(e, name(books, e)), request);
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
        return page.render(open, e -> Dtos.ledgerEntry(e, name(books, e)), request);
    }

    private static String name(ClientBooks books, LedgerEntry entry) {
        return books.findCustomer(entry.customerId()).map(PowerOfficeCustomer::displayName).orElse(null);
    }
}
