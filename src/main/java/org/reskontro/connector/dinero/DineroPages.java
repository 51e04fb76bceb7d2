package org.reskontro.connector.dinero;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import tools.jackson.databind.JsonNode;

/**
 * Walks a {@code …DineroCollection} page by page until a short page or until Pagination.ResultWithoutFilter
 * items have come, and refuses pages that contradict their own Pagination (a truncated page would otherwise end
 * the walk early and silently lose data).
 */
final class DineroPages {

    private final DineroApiClient client;
    private final int pageSize;

    DineroPages(DineroApiClient client, int pageSize) {
        this.client = client;
        this.pageSize = pageSize;
    }

    /** {@code sink} receives each item with the call it came from, for error messages. */
    void each(String path, Map<String, String> parameters, BiConsumer<JsonNode, String> sink) {
        long received = 0;
        long announced = 0;
        for (int page = 0; ; page++) {
            Map<String, String> query = new LinkedHashMap<>(parameters);
            query.put("page", String.valueOf(page));
            query.put("pageSize", String.valueOf(pageSize));
            String what = "GET " + path + " page " + page;
            JsonNode body = client.get(path, query, what,
                    "Dinero has no organisation " + client.organisationId() + " for these credentials");
            JsonNode pagination = body.get("Pagination");
            if (pagination == null || !pagination.isObject()) {
                throw DineroJson.malformed(what, "required property Pagination is missing");
            }
            JsonNode items = body.path("Collection");
            int size = items.isArray() ? items.size() : 0;
            long result = DineroJson.integer(pagination, "Result", what);
            announced = DineroJson.integer(pagination, "ResultWithoutFilter", what);
            if (size != result) {
                throw DineroJson.malformed(what, "the page holds " + size + " items but Pagination.Result says "
                        + result + " (truncated page?)");
            }
            for (JsonNode item : items) {
                sink.accept(item, what);
            }
            received += size;
            if (size < pageSize || received >= announced) {
                break;
            }
        }
        if (received < announced) {
            throw DineroJson.malformed("GET " + path, "Pagination.ResultWithoutFilter announced " + announced
                    + " items but the pages held " + received);
        }
    }
}
