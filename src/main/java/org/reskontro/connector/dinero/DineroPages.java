package org.reskontro.connector.dinero;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.reskontro.connector.http.ListDrift;
import tools.jackson.databind.JsonNode;

/**
 * Walks a {@code …DineroCollection} page by page until Pagination.ResultWithoutFilter items are covered, and refuses
 * pages that contradict their own Pagination (a truncated page would otherwise end the walk early and silently lose
 * data). Dinero pages by offset without a snapshot, so when ResultWithoutFilter shrinks between two pages the walk
 * rewinds over the places items may have slid past ({@link ListDrift}); items read twice count once in the ledger.
 */
final class DineroPages {

    private final DineroApiClient client;
    private final int pageSize;
    private final ListDrift drift = new ListDrift("Dinero");

    DineroPages(DineroApiClient client, int pageSize) {
        this.client = client;
        this.pageSize = pageSize;
    }

    /**
     * {@code sink} receives each item with the call it came from, for error messages, on the calling thread. While it
     * takes a full page's items, the next page is already being asked for ({@link PageAhead}): the accounting system
     * prepares it while Reskontro stages this one, instead of each waiting for the other. A page asked ahead that the
     * walk does not go to (it rewinds over a list that shrank, or fails) is waited for and dropped unread.
     */
    void each(String path, Map<String, String> parameters, BiConsumer<JsonNode, String> sink) {
        long previous = -1;
        int rewinds = 0;
        int page = 0;
        PageAhead ahead = PageAhead.NONE;
        try {
            while (true) {
                String what = what(path, page);
                JsonNode body = ahead.page() == page ? ahead.take() : fetch(path, parameters, page);
                ahead = PageAhead.NONE;
                JsonNode pagination = body.get("Pagination");
                if (pagination == null || !pagination.isObject()) {
                    throw DineroJson.malformed(what, "required property Pagination is missing");
                }
                JsonNode items = body.path("Collection");
                int size = items.isArray() ? items.size() : 0;
                long result = DineroJson.integer(pagination, "Result", what);
                long total = DineroJson.integer(pagination, "ResultWithoutFilter", what);
                if (size != result) {
                    throw DineroJson.malformed(what, "the page holds " + size + " items but Pagination.Result says "
                            + result + " (truncated page?)");
                }
                long reached = (long) page * pageSize + size;
                if (size < pageSize && reached < total) {
                    throw DineroJson.malformed("GET " + path, "Pagination.ResultWithoutFilter announced " + total
                            + " items but the pages held " + reached);
                }
                if (reached < total) {
                    int following = page + 1;
                    ahead = PageAhead.ask(following, () -> fetch(path, parameters, following));
                }
                for (JsonNode item : items) {
                    sink.accept(item, what);
                }
                int next = previous < 0 ? page + 1
                        : drift.nextPage(listName(path, parameters), page, 0, pageSize, previous, total, rewinds);
                previous = total;
                if (next <= page) {
                    rewinds++;
                } else if (reached >= total) {
                    break;
                }
                if (ahead.page() != next) {
                    ahead.drop();
                    ahead = PageAhead.NONE;
                }
                page = next;
            }
        } finally {
            ahead.drop();
        }
    }

    private JsonNode fetch(String path, Map<String, String> parameters, int page) {
        Map<String, String> query = new LinkedHashMap<>(parameters);
        query.put("page", String.valueOf(page));
        query.put("pageSize", String.valueOf(pageSize));
        return client.get(path, query, what(path, page),
                "Dinero has no organisation " + client.organisationId() + " for these credentials");
    }

    private static String what(String path, int page) {
        return "GET " + path + " page " + page;
    }

    /** What the list's size changes made the walks do, for the run's history. */
    List<String> takeNotes() {
        return drift.take();
    }

    private static String listName(String path, Map<String, String> parameters) {
        return "GET " + path + ("true".equals(parameters.get("deletedOnly")) ? " (deleted)" : "");
    }
}
