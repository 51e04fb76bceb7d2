package org.reskontro.simulator.dinero;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * GET /v1/{org}/entries: every general-ledger entry dated within fromDate..toDate (both inclusive, within one
 * accounting year, as the contract demands), as a plain JSON array of EntryReadModel, ordered by date and voucher;
 * with includePrimo (the default) each account's opening balance of that year comes first. Written by
 * {@link EntryJson}.
 */
final class EntryListEndpoint {

    private static final Comparator<LedgerEntries.Entry> ORDER = Comparator.comparing(LedgerEntries.Entry::date)
            .thenComparingLong(LedgerEntries.Entry::voucherNumber);

    private EntryListEndpoint() {
    }

    static ApiResponse list(OrganisationBooks books, ApiRequest request, LocalDate today) {
        LocalDate from = date(request, "fromDate");
        LocalDate to = date(request, "toDate");
        List<AccountingYears.Year> years = AccountingYears.of(books, today);
        AccountingYears.Year year = AccountingYears.containing(years, from != null ? from : to != null ? to : today)
                .orElseThrow(() -> ApiException.badRequest("InvalidPeriod", "The organisation has no accounting year "
                        + "for " + (from != null ? from : to)));
        LocalDate start = from != null ? from : year.from();
        LocalDate end = to != null ? to : year.to();
        if (end.isBefore(start)) {
            throw ApiException.badRequest("InvalidPeriod", "toDate must not be before fromDate");
        }
        if (!year.contains(start) || !year.contains(end)) {
            throw ApiException.badRequest("InvalidPeriod", "The period cannot cross accounting years (" + year.name()
                    + " runs from " + year.from() + " to " + year.to() + ")");
        }
        boolean primo = !request.param("includePrimo").orElse("true").equalsIgnoreCase("false");
        List<LedgerEntries.Entry> entries = new ArrayList<>();
        Map<Integer, BigDecimal> opening = new TreeMap<>();
        for (DineroDocument document : books.documents()) {
            if (!document.booked() || document.deleted()
                    || !touches(document, primo ? LocalDate.MIN : start, end)) {
                continue;
            }
            for (LedgerEntries.Entry entry : LedgerEntries.of(document)) {
                if (!entry.date().isBefore(start) && !entry.date().isAfter(end)) {
                    entries.add(entry);
                } else if (primo && entry.date().isBefore(year.from())) {
                    opening.merge(entry.account().number(), entry.amount(), BigDecimal::add);
                }
            }
        }
        entries.sort(ORDER);
        return ApiResponse.json(200, EntryJson.write(books, year, primo ? opening : Map.of(), entries));
    }

    /**
     * Whether any of the voucher's entries (its booking, its payments, deleted ones and their reversals too) is dated
     * from {@code from} to {@code end}.
     */
    private static boolean touches(DineroDocument d, LocalDate from, LocalDate end) {
        if (within(d.date(), from, end)) {
            return true;
        }
        return d.payments().stream().anyMatch(p -> within(p.date(), from, end))
                || d.deletedPayments().stream().anyMatch(p -> within(p.date(), from, end)
                        || within(LocalDate.ofInstant(p.deletedAt(), DineroApi.DINERO_ZONE), from, end));
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate end) {
        return !date.isBefore(from) && !date.isAfter(end);
    }

    /** A date-time as the contract types it (its date part counts), or a plain date. */
    private static LocalDate date(ApiRequest request, String name) {
        String text = request.param(name).orElse(null);
        if (text == null) {
            return null;
        }
        try {
            return text.length() <= 10 ? LocalDate.parse(text) : OffsetDateTime.parse(text).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).toLocalDate();
            } catch (DateTimeParseException notLocal) {
                throw ApiException.badRequest("InvalidDate", name + " must be a date-time such as "
                        + "2026-01-01T00:00:00Z, was '" + text + "'");
            }
        }
    }
}
