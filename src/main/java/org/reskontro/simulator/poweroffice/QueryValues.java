package org.reskontro.simulator.poweroffice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.LongPredicate;

/**
 * Query values as PowerOffice Go binds them: DateTimeOffsets in the spellings the contract's examples use
 * ("2021-09-25 08:03:00.1234567 -00:00", ISO 8601 with Z), dates whose time part is ignored, number ranges
 * ("10000-11000, 12000, 13000-"), comma-separated ids. A value that does not bind is a 400.
 */
final class QueryValues {

    private QueryValues() {
    }

    static Instant dateTimeOffset(ApiRequest request, String name) {
        String text = request.param(name).orElse(null);
        if (text == null) {
            return null;
        }
        String iso = text.trim().replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) ", "$1T").replaceFirst(" ([+-]\\d{2}:\\d{2})$", "$1");
        try {
            return OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(iso).atZone(PowerOfficeApi.OSLO).toInstant(); // the server's own offset
            } catch (DateTimeParseException again) {
                throw invalid(name, text);
            }
        }
    }

    static LocalDate date(ApiRequest request, String name) {
        String text = request.param(name).orElse(null);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw invalid(name, text);
        }
    }

    static Boolean flag(ApiRequest request, String name) {
        String text = request.param(name).orElse(null);
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(name, text);
        };
    }

    static Long number(ApiRequest request, String name) {
        String text = request.param(name).orElse(null);
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw invalid(name, text);
        }
    }

    /** Null means the filter is not used ("if null or whitespace, the filter is not used"). */
    static LongPredicate ranges(ApiRequest request, String name) {
        String text = request.param(name).orElse(null);
        if (text == null) {
            return null;
        }
        List<LongPredicate> parts = new ArrayList<>();
        try {
            for (String part : text.split(",")) {
                String range = part.trim();
                int dash = range.indexOf('-');
                if (dash < 0) {
                    long only = Long.parseLong(range);
                    parts.add(n -> n == only);
                } else {
                    long from = Long.parseLong(range.substring(0, dash).trim());
                    String upper = range.substring(dash + 1).trim();
                    long to = upper.isEmpty() ? Long.MAX_VALUE : Long.parseLong(upper);
                    parts.add(n -> n >= from && n <= to);
                }
            }
        } catch (NumberFormatException e) {
            throw invalid(name, text);
        }
        return n -> parts.stream().anyMatch(p -> p.test(n));
    }

    static List<UUID> ids(ApiRequest request, String name) {
        String text = request.param(name).orElse(null);
        if (text == null) {
            return null;
        }
        List<UUID> ids = new ArrayList<>();
        try {
            for (String part : text.split(",")) {
                ids.add(UUID.fromString(part.trim()));
            }
        } catch (IllegalArgumentException e) {
            throw invalid(name, text);
        }
        return ids;
    }

    static UUID id(String text, String what) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("The value '" + text + "' is not valid for " + what + ".");
        }
    }

    private static Problem invalid(String name, String text) {
        return Problem.badRequest("The value '" + text + "' is not valid for " + name + ".");
    }
}
