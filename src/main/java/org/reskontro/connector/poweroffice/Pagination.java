package org.reskontro.connector.poweroffice;

import java.net.http.HttpHeaders;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What an X-Pagination header says, read leniently (property names in any case): whether a next page is linked and
 * how many items the whole list holds. Without the header nothing is known, and the page sizes decide.
 */
record Pagination(boolean present, boolean hasNext, Long totalCount) {

    static Pagination of(HttpHeaders headers, String where) {
        String header = headers.firstValue("X-Pagination").orElse(null);
        if (header == null || header.isBlank()) {
            return new Pagination(false, false, null);
        }
        JsonNode json = PowerOfficeJson.parse(header.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                where + " (its X-Pagination header)");
        JsonNode next = property(json, "nextPageLink");
        JsonNode total = property(json, "totalCount");
        return new Pagination(true, next != null && !next.isNull() && !next.asString().isBlank(),
                total != null && total.canConvertToExactIntegral() ? total.asLong() : null);
    }

    boolean lastPage() {
        return present && !hasNext;
    }

    private static JsonNode property(JsonNode json, String name) {
        for (Map.Entry<String, JsonNode> entry : json.properties()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return null;
    }
}
