package org.reskontro.simulator.dinero;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The paging and change-tracking parameters every Dinero list endpoint shares, validated as Dinero does. */
record ListParameters(int page, int pageSize, Instant changesSince, boolean deletedOnly) {

    static final int MAX_PAGE_SIZE = 1000;
    private static final String UTC_SECONDS = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z";

    static ListParameters parse(ApiRequest request) {
        int page = integer(request, "page", 0);
        int pageSize = integer(request, "pageSize", 100);
        if (page < 0) {
            throw ApiException.badRequest("InvalidPage", "page is 0-based and must not be negative");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw ApiException.badRequest("InvalidPageSize",
                    "pageSize must be between 1 and " + MAX_PAGE_SIZE + ", was " + pageSize);
        }
        Instant since = request.param("changesSince").map(ListParameters::changesSince).orElse(null);
        String deleted = request.param("deletedOnly").orElse("false");
        if (!deleted.equalsIgnoreCase("true") && !deleted.equalsIgnoreCase("false")) {
            throw ApiException.badRequest("InvalidDeletedOnly", "deletedOnly must be true or false");
        }
        return new ListParameters(page, pageSize, since, Boolean.parseBoolean(deleted.toLowerCase()));
    }

    boolean admitsDeleted(boolean deleted) {
        return deleted == deletedOnly;
    }

    boolean admitsChange(Instant changedAt) {
        return changesSince == null || !changedAt.isBefore(changesSince);
    }

    /** A {@code …DineroCollection}: the page plus Pagination (ResultWithoutFilter = the count before paging). */
    <T> ObjectNode collection(List<T> matching, Function<T, ObjectNode> render) {
        ObjectNode body = SimulatorJson.MAPPER.createObjectNode();
        ArrayNode items = body.putArray("Collection");
        long from = (long) page * pageSize;
        for (long i = from; i < Math.min(matching.size(), from + pageSize); i++) {
            items.add(render.apply(matching.get((int) i)));
        }
        ObjectNode pagination = body.putObject("Pagination");
        pagination.put("MaxPageSizeAllowed", MAX_PAGE_SIZE);
        pagination.put("PageSize", pageSize);
        pagination.put("Result", items.size());
        pagination.put("ResultWithoutFilter", matching.size());
        pagination.put("Page", page);
        return body;
    }

    static LocalDate date(ApiRequest request, String name) {
        String text = request.param(name).orElse(null);
        if (text == null) {
            return null;
        }
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeParseException e) {
            // falls through to the error below
        }
        throw ApiException.badRequest("InvalidDate", name + " must be a date in the format YYYY-MM-DD, was '"
                + text + "'");
    }

    private static Instant changesSince(String text) {
        try {
            if (text.matches(UTC_SECONDS)) {
                return Instant.parse(text);
            }
        } catch (DateTimeParseException e) {
            // falls through to the error below
        }
        throw ApiException.badRequest("InvalidChangesSince",
                "changesSince must be UTC in the format YYYY-MM-DDTHH:mm:ssZ, was '" + text + "'");
    }

    private static int integer(ApiRequest request, String name, int fallback) {
        String text = request.param(name).orElse(null);
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("Invalid" + Character.toUpperCase(name.charAt(0)) + name.substring(1),
                    name + " must be an integer, was '" + text + "'");
        }
    }
}
