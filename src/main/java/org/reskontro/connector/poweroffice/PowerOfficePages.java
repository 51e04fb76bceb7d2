package org.reskontro.connector.poweroffice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.reskontro.connector.http.ListDrift;
import tools.jackson.databind.JsonNode;

/**
 * Walks a list page by page (ResourceParameters: PageNumber from 1, PageSize) until a short or empty page (a 204).
 * The contract documents no paging metadata: lists are bare arrays. When the answer carries an X-Pagination header
 * (public clients follow its nextPageLink), it is checked against the pages, so a page cut short while the header
 * still announces more is refused instead of silently ending the walk; and when its totalCount shrinks between two
 * pages, the walk rewinds over the places items may have slid past ({@link ListDrift}).
 */
final class PowerOfficePages {

    private final PowerOfficeApiClient client;
    private final int pageSize;
    private final ListDrift drift = new ListDrift("PowerOffice Go");

    PowerOfficePages(PowerOfficeApiClient client, int pageSize) {
        this.client = client;
        this.pageSize = pageSize;
    }

    /** {@code sink} receives each item with the call it came from, for error messages. */
    void each(String path, Map<String, String> parameters, String notFound, BiConsumer<JsonNode, String> sink) {
        long reached = 0;
        Long announced = null;
        int rewinds = 0;
        for (int page = 1; ; ) {
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
            reached = (long) (page - 1) * pageSize + items.size();
            boolean shortPage = items.size() < pageSize;
            if (shortPage && pagination.hasNext()) {
                throw PowerOfficeJson.malformed(what, "the page holds " + items.size() + " of " + pageSize
                        + " items but X-Pagination announces a next page (truncated page?)");
            }
            Long total = pagination.totalCount();
            int next = announced == null || total == null ? page + 1
                    : 1 + drift.nextPage("GET " + path, page - 1, 1, pageSize, announced, total, rewinds);
            announced = total != null ? total : announced;
            if (next <= page) {
                rewinds++;
                page = next;
                continue;
            }
            if (shortPage || pagination.lastPage()) {
                break;
            }
            page = next;
        }
        if (announced != null && reached != announced) {
            throw PowerOfficeJson.malformed("GET " + path, "X-Pagination announced " + announced
                    + " items but the pages held " + reached + " (truncated page?)");
        }
    }

    /** What the list's size changes made the walks do, for the run's history. */
    List<String> takeNotes() {
        return drift.take();
    }
}
