package org.reskontro.simulator.poweroffice;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The contract's ResourceParameters (PageNumber from 1, PageSize 5000 by default, at most MaxPageSize 20 000),
 * bound from the query as ASP.NET binds an object parameter. Lists come as bare JSON arrays; an empty one is a 204.
 * The contract documents no paging metadata; public clients follow an X-Pagination header with a nextPageLink
 * (grasp-labs/ds-provider-powerofficego-py-lib), so the simulator sends one, with the counts beside it.
 */
record ResourcePage(int number, int size, int shift) {

    /** Carries a planned {@link Fault.ListShifted} from the fault plan to the page (see FaultPlans.shifting). */
    static final String SHIFT_HEADER = "X-Reskontro-Simulator-List-Shift";

    static final int DEFAULT_PAGE_SIZE = 5000;
    static final int MAX_PAGE_SIZE = 20_000;

    static ResourcePage of(ApiRequest request) {
        Long number = QueryValues.number(request, "PageNumber");
        Long size = QueryValues.number(request, "PageSize");
        if ((number != null && number > Integer.MAX_VALUE) || (size != null && size > Integer.MAX_VALUE)) {
            throw Problem.badRequest("PageNumber and PageSize are 32-bit integers (format int32).");
        }
        int page = number == null ? 1 : number.intValue();
        int pageSize = size == null ? DEFAULT_PAGE_SIZE : size.intValue();
        if (page < 1) {
            throw Problem.badRequest("PageNumber starts at 1, was " + page + ".");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw Problem.badRequest("PageSize must be between 1 and MaxPageSize (" + MAX_PAGE_SIZE + "), was "
                    + pageSize + ".");
        }
        int shift = request.header(SHIFT_HEADER).map(Integer::parseInt).orElse(0);
        return new ResourcePage(page, pageSize, shift);
    }

    <T> ApiResponse render(List<T> matching, Function<T, ObjectNode> dto, ApiRequest request) {
        // A shift (a planned fault) moves the window as if that many items ahead of it had left (or entered) the list.
        long from = (long) (number - 1) * size + shift;
        int total = Math.max(0, matching.size() - shift);
        if (from >= matching.size() || (long) (number - 1) * size >= total) {
            return ApiResponse.noContent();
        }
        ArrayNode items = SimulatorJson.MAPPER.createArrayNode();
        for (long i = Math.max(0, from); i < Math.min(matching.size(), from + size); i++) {
            items.add(dto.apply(matching.get((int) i)));
        }
        int pages = (total + size - 1) / size;
        ObjectNode header = SimulatorJson.MAPPER.createObjectNode();
        header.put("totalCount", total);
        header.put("pageSize", size);
        header.put("currentPage", number);
        header.put("totalPages", pages);
        header.put("previousPageLink", number > 1 ? link(request, number - 1) : null);
        header.put("nextPageLink", number < pages ? link(request, number + 1) : null);
        return ApiResponse.json(200, items).withHeader("X-Pagination", SimulatorJson.MAPPER.writeValueAsString(header));
    }

    private String link(ApiRequest request, int page) {
        Map<String, String> query = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (request.rawQuery() != null) {
            for (String pair : request.rawQuery().split("&")) {
                int eq = pair.indexOf('=');
                query.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
            }
        }
        query.put("PageNumber", String.valueOf(page));
        query.put("PageSize", String.valueOf(size));
        String host = request.header("Host").orElse("localhost");
        return "http://" + host + request.path() + "?" + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }
}
