package org.reskontro.simulator.poweroffice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.LongPredicate;

/**
 * GET /OutgoingInvoices (voucher dates inclusive, balance and sent timestamps exclusive, unpaid only, number
 * filters, custom matching references, paging in voucher-number order) and GET /OutgoingInvoices/{id}.
 */
final class InvoiceEndpoints {

    private InvoiceEndpoints() {
    }

    static ApiResponse list(ClientBooks books, ApiRequest request) {
        ResourcePage page = ResourcePage.of(request);
        LocalDate from = QueryValues.date(request, "fromDate");
        LocalDate to = QueryValues.date(request, "toDate");
        Instant balanceChangedAfter = QueryValues.dateTimeOffset(request, "balanceLastChangedDateTimeOffsetGreaterThan");
        Instant sentAfter = QueryValues.dateTimeOffset(request, "sentDateTimeOffsetGreaterThan");
        Boolean unpaidOnly = QueryValues.flag(request, "onlyUnpaidInvoices");
        LongPredicate customers = QueryValues.ranges(request, "customerNos");
        LongPredicate invoiceNos = QueryValues.ranges(request, "invoiceNos");
        LongPredicate voucherNos = QueryValues.ranges(request, "voucherNos");
        List<UUID> ids = QueryValues.ids(request, "invoiceIds");
        List<String> matching = request.param("customMatchingReferences")
                .map(r -> java.util.Arrays.stream(r.split(",")).map(String::trim).toList()).orElse(null);
        List<OutgoingInvoice> found = books.invoices().stream()
                .filter(i -> from == null || !i.voucherDate().isBefore(from))
                .filter(i -> to == null || !i.voucherDate().isAfter(to))
                .filter(i -> balanceChangedAfter == null
                        || books.entry(i.entryId()).lastChangedAt().isAfter(balanceChangedAfter))
                .filter(i -> sentAfter == null || i.createdAt().isAfter(sentAfter))
                .filter(i -> !Boolean.TRUE.equals(unpaidOnly) || books.entry(i.entryId()).balance().signum() != 0)
                .filter(i -> customers == null || customers.test(i.customerNo()))
                .filter(i -> invoiceNos == null || invoiceNos.test(i.invoiceNo()))
                .filter(i -> voucherNos == null || voucherNos.test(i.voucherNo()))
                .filter(i -> ids == null || ids.contains(i.id()))
                .filter(i -> matching == null || matching.contains(books.matchingReference(i.id())))
                .sorted(Comparator.comparingLong(OutgoingInvoice::voucherNo))
                .toList();
        return page.render(found, i -> dto(books, i), request);
    }

    static ApiResponse one(ClientBooks books, String id) {
        UUID guid = QueryValues.id(id, "id");
        return books.invoice(guid).map(i -> ApiResponse.json(200, dto(books, i)))
                .orElseThrow(() -> Problem.notFound("Outgoing invoice with id = " + id + " not found."));
    }

    private static tools.jackson.databind.node.ObjectNode dto(ClientBooks books, OutgoingInvoice i) {
        return Dtos.outgoingInvoice(i, books.entry(i.entryId()), books.externalReference(i.id()),
                books.matchingReference(i.id()));
    }
}
