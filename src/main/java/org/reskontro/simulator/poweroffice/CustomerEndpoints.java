package org.reskontro.simulator.poweroffice;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongPredicate;

/** GET /Customers (change filters, customer numbers, paging) and GET /Customers/{id}. */
final class CustomerEndpoints {

    private CustomerEndpoints() {
    }

    static ApiResponse list(ClientBooks books, ApiRequest request) {
        ResourcePage page = ResourcePage.of(request);
        Instant changedAfter = QueryValues.dateTimeOffset(request, "lastChangedDateTimeOffsetGreaterThan");
        Instant createdAfter = QueryValues.dateTimeOffset(request, "customerCreatedDateTimeOffsetGreaterThan");
        LongPredicate numbers = QueryValues.ranges(request, "customerNos");
        List<PowerOfficeCustomer> matching = books.customers().stream()
                .filter(c -> changedAfter == null || c.lastChangedAt().isAfter(changedAfter))
                .filter(c -> createdAfter == null || c.createdAt().isAfter(createdAfter))
                .filter(c -> numbers == null || numbers.test(c.number()))
                .sorted(Comparator.comparingLong(PowerOfficeCustomer::number))
                .toList();
        return page.render(matching, Dtos::customer, request);
    }

    static ApiResponse one(ClientBooks books, String id) {
        try {
            return books.findCustomer(Long.parseLong(id)).map(c -> ApiResponse.json(200, Dtos.customer(c)))
                    .orElseThrow(() -> Problem.notFound("Customer with id = " + id + " not found."));
        } catch (NumberFormatException e) {
            throw Problem.badRequest("The value '" + id + "' is not valid for id.");
        }
    }
}
