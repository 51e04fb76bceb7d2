package org.reskontro.simulator.dinero;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * GET /v1/{org}/invoices and GET /v1/{org}/sales/creditnotes: filters (dates, status, change tracking, deleted,
 * queryFilter, free text), Dinero's sort (VoucherNumber,VoucherDate descending by default), paging and fields.
 */
final class VoucherListEndpoint {

    private static final List<String> FILTERABLE = List.of("ExternalReference", "ContactGuid", "Description");

    private VoucherListEndpoint() {
    }

    static ApiResponse list(OrganisationBooks books, DineroDocumentKind kind, ApiRequest request, LocalDate today) {
        ListParameters paging = ListParameters.parse(request);
        LocalDate start = ListParameters.date(request, "startDate");
        LocalDate end = ListParameters.date(request, "endDate");
        if ((start == null) != (end == null)) {
            throw ApiException.badRequest("InvalidDateRange",
                    "If you define a start date, you also need to define an end date, and the other way round");
        }
        Set<DineroStatus> statuses = statuses(request.param("statusFilter").orElse(null));
        QueryFilter query = QueryFilter.parse(request.param("queryFilter").orElse(null), FILTERABLE);
        String freeText = request.param("freeTextSearch").map(text -> text.toLowerCase(Locale.ROOT)).orElse(null);
        String defaults = kind == DineroDocumentKind.INVOICE ? "Guid,ContactName,Date,Description"
                : "Guid,ContactName,Date,Description,Type";
        FieldSelection fields = FieldSelection.parse(request.param("fields").orElse(null), defaults,
                ReadModels.VOUCHER_PROPERTIES, kind == DineroDocumentKind.INVOICE ? "invoices" : "credit notes");
        Predicate<DineroDocument> inDates = d -> start == null
                || (kind == DineroDocumentKind.INVOICE && !d.booked())
                || (!d.date().isBefore(start) && !d.date().isAfter(end));
        Comparator<DineroDocument> order = order(request.param("sort").orElse("VoucherNumber,VoucherDate"),
                request.param("sortOrder").orElse("descending"), today);
        List<DineroDocument> matching = books.matching(request.listQuery("page", "pageSize"), today,
                () -> candidates(books, paging).stream()
                        .filter(d -> d.kind() == kind)
                        .filter(d -> paging.admitsDeleted(d.deleted()) && paging.admitsChange(d.changedAt()))
                        .filter(inDates)
                        .filter(d -> statuses.contains(d.status(today)))
                        .filter(d -> query.matches(field -> filterValue(d, field)))
                        .filter(d -> freeText == null || freeTextOf(d).contains(freeText))
                        .sorted(order)
                        .toList());
        return ApiResponse.json(200, paging.collection(matching, d -> fields.select(ReadModels.voucher(d, today))));
    }

    /** With changesSince only the vouchers changed since (from the books' index), else all of them. */
    private static List<DineroDocument> candidates(OrganisationBooks books, ListParameters paging) {
        return paging.changesSince() == null ? books.documents()
                : books.documentsChanged(paging.changesSince(), Instant.MAX);
    }

    private static Set<DineroStatus> statuses(String filter) {
        if (filter == null) {
            return EnumSet.allOf(DineroStatus.class);
        }
        Set<DineroStatus> statuses = EnumSet.noneOf(DineroStatus.class);
        for (String name : filter.split(",")) {
            statuses.add(DineroStatus.parse(name).orElseThrow(() -> ApiException.badRequest("InvalidStatusFilter",
                    "statusFilter takes Draft, Booked, Paid, OverPaid or Overdue, not '" + name.trim() + "'")));
        }
        return statuses;
    }

    /** Looked up per condition, so a list without queryFilter costs no map and no guid text per voucher. */
    private static String filterValue(DineroDocument d, String field) {
        return switch (field) {
            case "ContactGuid" -> d.contactGuid().toString();
            case "ExternalReference" -> d.externalReference();
            case "Description" -> d.description();
            default -> null;
        };
    }

    private static String freeTextOf(DineroDocument d) {
        return (d.number() + " " + d.contactName() + " " + d.description() + " " + d.totalInclVat().toPlainString())
                .toLowerCase(Locale.ROOT);
    }

    private static Comparator<DineroDocument> order(String sort, String sortOrder, LocalDate today) {
        Comparator<DineroDocument> order = null;
        for (String key : sort.split(",")) {
            Comparator<DineroDocument> next = switch (key.trim().toLowerCase(Locale.ROOT)) {
                case "vouchernumber" -> Comparator.comparingLong(DineroDocument::number);
                case "voucherdate" -> Comparator.comparing(DineroDocument::date);
                case "status" -> Comparator.comparing(d -> d.status(today));
                case "contact" -> Comparator.comparing(DineroDocument::contactName);
                default -> throw ApiException.badRequest("InvalidSort",
                        "sort takes VoucherNumber, VoucherDate, Status and Contact, not '" + key.trim() + "'");
            };
            order = order == null ? next : order.thenComparing(next);
        }
        order = order.thenComparing(DineroDocument::createdAt);
        return switch (sortOrder.toLowerCase(Locale.ROOT)) {
            case "ascending" -> order;
            case "descending" -> order.reversed();
            default -> throw ApiException.badRequest("InvalidSortOrder",
                    "sortOrder is ascending or descending, not '" + sortOrder + "'");
        };
    }
}
