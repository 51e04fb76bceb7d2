package org.reskontro.connector.poweroffice;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import tools.jackson.databind.JsonNode;

/**
 * Walks a list page by page (ResourceParameters: PageNumber from 1, PageSize) until a short or empty page (a 204).
 * The contract documents no paging metadata: lists are bare arrays. When the answer carries an X-Pagination header
 * (public clients follow its nextPageLink), it is checked against the pages, so a page cut short while the header
 * still announces more is refused instead of silently ending the walk.
 */
final class PowerOfficePages {

    private final PowerOfficeApiClient client;
    private final int pageSize;

    PowerOfficePages(PowerOfficeApiClient client, int pageSize) {
        this.client = client;
        this.pageSize = pageSize;
    }

    /** {@code sink} receives each item with the call it came from, for error messages. */
    void each(String path, Map<String, String> parameters, String notFound, BiConsumer<JsonNode, String> sink) {
        long received = 0;
        Long announced = null;
        for (int page = 1; ; page++) {
            Map<String, String> query = new LinkedHashMap<>(parameters);
            query.put("PageNumber", String.valueOf(page));
            query.put("PageSize", String.valueOf(pageSize));
            String what = "GET " + path + " page " + page;
            PowerOfficeApiClient.Answer answer = client.get(path, query, "application/json", what, notFound);
            if (answer.empty()) {
                break;
            }
            JsonNode items = PowerOfficeJson.parse(answer.body(), what);
            if (!items.isArray()) {
                throw PowerOfficeJson.malformed(what, "a list answer is no JSON array");
            }
            Pagination pagination = Pagination.of(answer.headers(), what);
            for (JsonNode item : items) {
                if (!item.isObject()) {
                    throw PowerOfficeJson.malformed(what, "a list item is no JSON object");
                }
                sink.accept(item, what);
            }
            received += items.size();
            announced = pagination.totalCount() != null ? pagination.totalCount() : announced;
            boolean shortPage = items.size() < pageSize;
            if (shortPage && pagination.hasNext()) {
                throw PowerOfficeJson.malformed(what, "the page holds " + items.size() + " of " + pageSize
                        + " items but X-Pagination announces a next page (truncated page?)");
            }
            if (shortPage || pagination.lastPage()) {
                break;
            }
        }
        if (announced != null && received != announced) {
            throw PowerOfficeJson.malformed("GET " + path, "X-Pagination announced " + announced
                    + " items but the pages held " + received + " (truncated page?)");
        }
    }
}
