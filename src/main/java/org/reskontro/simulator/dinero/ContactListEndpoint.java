package org.reskontro.simulator.dinero;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** GET /v1/{org}/contacts: change tracking, deleted, queryFilter, paging and fields (default name,contactGuid). */
final class ContactListEndpoint {

    private static final List<String> FILTERABLE = List.of("ExternalReference", "Name", "Email", "VatNumber",
            "EanNumber", "IsPerson", "Phone");

    private ContactListEndpoint() {
    }

    static ApiResponse list(OrganisationBooks books, ApiRequest request) {
        ListParameters paging = ListParameters.parse(request);
        QueryFilter query = QueryFilter.parse(request.param("queryFilter").orElse(null), FILTERABLE);
        FieldSelection fields = FieldSelection.parse(request.param("fields").orElse(null), "name,contactGuid",
                ReadModels.CONTACT_PROPERTIES, "contacts");
        List<DineroContact> matching = books.matching(request.listQuery("page", "pageSize"), null,
                () -> books.contacts().stream()
                        .filter(c -> paging.admitsDeleted(c.deleted()) && paging.admitsChange(c.changedAt()))
                        .filter(c -> query.matches(filterValues(c)::get))
                        .toList());
        return ApiResponse.json(200, paging.collection(matching, c -> fields.select(ReadModels.contact(c))));
    }

    private static Map<String, String> filterValues(DineroContact c) {
        Map<String, String> values = new HashMap<>();
        values.put("Name", c.name());
        values.put("Email", c.email());
        values.put("VatNumber", c.vatNumber());
        values.put("IsPerson", String.valueOf(c.person()));
        values.put("Phone", c.phone());
        return values;
    }
}
