package org.reskontro.simulator.dinero;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * GET /v1/{org}/entries/changes: the general-ledger entries <em>added</em> to the books from changesFrom (inclusive) to
 * changesTo (exclusive), whatever date they are booked on, ordered by the instant they were added, then by voucher;
 * the range may be at most 31 days, as the contract says. A missing changesTo means now, a missing changesFrom 31 days
 * before changesTo (the longest range allowed). With includePrimo (the default) come first, for each account that had
 * an entry added in the range, the Primo entry of the current accounting year that GET …/entries would give, with its
 * current total (the balance of everything dated before that year): the contract's "returned if they have been updated
 * in the time range", read simply. Written by {@link EntryJson}, like GET …/entries.
 */
final class EntryChangesEndpoint {

    static final Duration LONGEST_RANGE = Duration.ofDays(31);

    private static final Comparator<LedgerEntries.Entry> ORDER = Comparator.comparing(LedgerEntries.Entry::addedAt)
            .thenComparingLong(LedgerEntries.Entry::voucherNumber);

    private EntryChangesEndpoint() {
    }

    static ApiResponse list(OrganisationBooks books, ApiRequest request, LocalDate today, Instant now) {
        Instant to = instant(request, "changesTo");
        Instant from = instant(request, "changesFrom");
        to = to != null ? to : now;
        from = from != null ? from : to.minus(LONGEST_RANGE);
        if (to.isBefore(from)) {
            throw ApiException.badRequest("InvalidPeriod", "changesTo must not be before changesFrom");
        }
        if (Duration.between(from, to).compareTo(LONGEST_RANGE) > 0) {
            throw ApiException.badRequest("InvalidPeriod", "The time range cannot be longer than 31 days");
        }
        boolean primo = !request.param("includePrimo").orElse("true").equalsIgnoreCase("false");
        List<LedgerEntries.Entry> entries = new ArrayList<>();
        for (DineroDocument document : books.documentsChanged(from, to)) {
            if (document.booked() && !document.deleted() && addedWithin(document, from, to)) {
                for (LedgerEntries.Entry entry : LedgerEntries.of(document)) {
                    if (within(entry.addedAt(), from, to)) {
                        entries.add(entry);
                    }
                }
            }
        }
        entries.sort(ORDER);
        AccountingYears.Year year = AccountingYears.containing(AccountingYears.of(books, today), today).orElseThrow();
        Map<Integer, BigDecimal> opening = primo && !entries.isEmpty() ? opening(books, year, entries) : Map.of();
        return ApiResponse.json(200, EntryJson.write(books, year, opening, entries));
    }

    /** Whether anything of the voucher reached the books in the range: its booking, a payment or a deletion of one. */
    private static boolean addedWithin(DineroDocument d, Instant from, Instant to) {
        return within(d.bookedAt(), from, to)
                || d.payments().stream().anyMatch(p -> within(p.registeredAt(), from, to))
                || d.deletedPayments().stream().anyMatch(p -> within(p.registeredAt(), from, to)
                        || within(p.deletedAt(), from, to));
    }

    private static boolean within(Instant at, Instant from, Instant to) {
        return !at.isBefore(from) && at.isBefore(to);
    }

    /** The opening balance of the year, as GET …/entries states it, of the accounts the added entries book on. */
    private static Map<Integer, BigDecimal> opening(OrganisationBooks books, AccountingYears.Year year,
            List<LedgerEntries.Entry> added) {
        if (books.firstBookedYear() >= year.from().getYear()) {
            return Map.of(); // nothing is dated before the year: no need to read every voucher of the books
        }
        Set<Integer> accounts = new HashSet<>();
        added.forEach(e -> accounts.add(e.account().number()));
        Map<Integer, BigDecimal> opening = new TreeMap<>();
        for (DineroDocument document : books.documents()) {
            if (!document.booked() || document.deleted()) {
                continue;
            }
            for (LedgerEntries.Entry entry : LedgerEntries.of(document)) {
                if (entry.date().isBefore(year.from()) && accounts.contains(entry.account().number())) {
                    opening.merge(entry.account().number(), entry.amount(), BigDecimal::add);
                }
            }
        }
        return opening;
    }

    /** A date-time as the contract types it; without an offset, or a plain date (its midnight), it is taken as UTC. */
    private static Instant instant(ApiRequest request, String name) {
        String text = request.param(name).orElse(null);
        if (text == null) {
            return null;
        }
        try {
            return text.length() <= 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                throw ApiException.badRequest("InvalidDate", name + " must be a date-time such as "
                        + "2026-01-01T00:00:00Z, was '" + text + "'");
            }
        }
    }
}
