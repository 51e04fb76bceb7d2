package org.reskontro.simulator.dinero;

import java.util.List;
import java.util.Locale;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * GET /v1/{org}/accounts/entry: the chart of accounts as EntryAccountReadModel, optionally only one category
 * ({@code categoryFilter}); {@code fields} picks properties, and the three the schema requires are always there.
 */
final class EntryAccountListEndpoint {

    private static final List<String> PROPERTIES = List.of("AccountNumber", "PublicStandardNumber", "Name", "VatCode",
            "Category", "CategoryName", "IsHidden", "IsDefaultSalesAccount");
    private static final List<String> REQUIRED = List.of("AccountNumber", "IsHidden", "IsDefaultSalesAccount");

    private EntryAccountListEndpoint() {
    }

    static ApiResponse list(ApiRequest request) {
        FieldSelection fields = FieldSelection.parse(request.param("fields").orElse(null), "AccountNumber,Name,IsHidden",
                PROPERTIES, "entry accounts");
        String category = request.param("categoryFilter").map(c -> c.trim().toLowerCase(Locale.ROOT)).orElse(null);
        ArrayNode body = SimulatorJson.MAPPER.createArrayNode();
        for (SimulatedChart.Account account : SimulatedChart.ACCOUNTS) {
            if (category != null && !account.category().toLowerCase(Locale.ROOT).equals(category)) {
                continue;
            }
            ObjectNode full = SimulatorJson.MAPPER.createObjectNode();
            full.put("AccountNumber", account.number());
            full.putNull("PublicStandardNumber");
            full.put("Name", account.name());
            full.put("VatCode", account.vatCode());
            full.put("Category", account.category());
            full.put("CategoryName", account.categoryName());
            full.put("IsHidden", false);
            full.put("IsDefaultSalesAccount", account.defaultSales());
            ObjectNode selected = fields.select(full);
            for (String required : REQUIRED) {
                if (selected.propertyNames().stream().noneMatch(required::equalsIgnoreCase)) {
                    selected.set(required, full.get(required));
                }
            }
            body.add(selected);
        }
        return ApiResponse.json(200, body);
    }
}
