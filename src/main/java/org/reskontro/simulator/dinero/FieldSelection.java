package org.reskontro.simulator.dinero;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * Dinero's {@code fields=}: a comma list of property names, matched case-insensitively and echoed in the casing
 * the caller used. Any property of the read model may be named; an unknown name is refused.
 */
final class FieldSelection {

    /** Requested name to the model's own name, in request order. */
    private final Map<String, String> names;

    private FieldSelection(Map<String, String> names) {
        this.names = names;
    }

    static FieldSelection parse(String requested, String defaults, List<String> properties, String listName) {
        String list = requested == null || requested.isBlank() ? defaults : requested;
        Map<String, String> byLowerCase = new LinkedHashMap<>();
        properties.forEach(property -> byLowerCase.put(property.toLowerCase(Locale.ROOT), property));
        Map<String, String> names = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String name : list.split(",")) {
            String trimmed = name.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            String property = byLowerCase.get(trimmed.toLowerCase(Locale.ROOT));
            if (property == null) {
                unknown.add(trimmed);
            } else if (names.keySet().stream().noneMatch(trimmed::equalsIgnoreCase)) {
                names.put(trimmed, property);
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiException.badRequest("InvalidFields", "Unknown field(s) " + unknown + " for " + listName
                    + "; possible values are " + properties);
        }
        return new FieldSelection(names);
    }

    ObjectNode select(ObjectNode full) {
        ObjectNode selected = SimulatorJson.MAPPER.createObjectNode();
        names.forEach((requested, property) -> selected.set(requested, full.get(property)));
        return selected;
    }
}
