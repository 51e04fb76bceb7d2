package org.reskontro.simulator.poweroffice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.LongPredicate;

/**
 * GET /OutgoingInvoices (voucher dates inclusive, balance and sent timestamps exclusive, unpaid only, number
 * filters, paging in voucher-number order) and GET /OutgoingInvoices/{id}.
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
        List<OutgoingInvoice> matching = books.invoices().stream()
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
                .sorted(Comparator.comparingLong(OutgoingInvoice::voucherNo))
                .toList();
        return page.render(matching, i -> Dtos.outgoingInvoice(i, books.entry(i.entryId())), request);
    }

    static ApiResponse one(ClientBooks books, String id) {
        UUID guid = QueryValues.id(id, "id");
        return books.invoice(guid).map(i -> ApiResponse.json(200, Dtos.outgoingInvoice(i, books.entry(i.entryId()))))
                .orElseThrow(() -> Problem.notFound("Outgoing invoice with id = " + id + " not found."));
    }
}
