package org.reskontro.simulator.dinero;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A write's JSON body, read the way ASP.NET model binding reads Dinero's: property names case-insensitively,
 * unknown properties ignored, and every problem collected, so one 400 answer names all of them
 * ({@code code} ValidationError, the problems in {@code message}).
 */
final class JsonBody {

    private final ObjectNode node;
    private final String prefix;
    private final List<String> problems;

    private JsonBody(ObjectNode node, String prefix, List<String> problems) {
        this.node = node;
        this.prefix = prefix;
        this.problems = problems;
    }

    static JsonBody parse(ApiRequest request, String model) {
        try {
            JsonNode body = SimulatorJson.MAPPER.readTree(request.body());
            if (body instanceof ObjectNode object) {
                return new JsonBody(object, "", new ArrayList<>());
            }
        } catch (JacksonException e) {
            throw ApiException.badRequest("InvalidJson", "The body is no valid JSON " + model + ": "
                    + e.getOriginalMessage());
        }
        throw ApiException.badRequest("InvalidJson", "The body must be a JSON object (" + model + ")");
    }

    String text(String name, boolean required) {
        JsonNode value = value(name);
        if (value == null) {
            missing(name, required);
            return null;
        }
        if (!value.isString()) {
            problem(name + " must be a string");
            return null;
        }
        if (required && value.asString().isEmpty()) {
            problem(name + " must not be empty");
        }
        return value.asString();
    }

    UUID uuid(String name) {
        String text = text(name, false);
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            problem(name + " '" + text + "' is not a guid");
            return null;
        }
    }

    /** YYYY-MM-DD; absent: {@code otherwise}. */
    LocalDate date(String name, LocalDate otherwise) {
        String text = text(name, false);
        try {
            return text == null ? otherwise : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(name + " '" + text + "' is not a date in the format YYYY-MM-DD");
            return otherwise;
        }
    }

    BigDecimal number(String name, boolean required) {
        JsonNode value = value(name);
        if (value == null) {
            missing(name, required);
            return null;
        }
        if (!value.isNumber()) {
            problem(name + " must be a number");
            return null;
        }
        return value.decimalValue();
    }

    Integer integer(String name, boolean required) {
        BigDecimal number = number(name, required);
        if (number == null) {
            return null;
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            problem(name + " must be a whole number");
            return null;
        }
    }

    Boolean flag(String name, boolean required) {
        JsonNode value = value(name);
        if (value == null) {
            missing(name, required);
            return null;
        }
        if (!value.isBoolean()) {
            problem(name + " must be true or false");
            return null;
        }
        return value.booleanValue();
    }

    /** The objects of an array property, each reporting its problems as e.g. {@code ProductLines[1].Quantity}. */
    List<JsonBody> objects(String name, boolean required) {
        JsonNode value = value(name);
        if (value == null) {
            missing(name, required);
            return List.of();
        }
        if (!value.isArray()) {
            problem(name + " must be an array");
            return List.of();
        }
        List<JsonBody> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i) instanceof ObjectNode item) {
                items.add(new JsonBody(item, prefix + name + "[" + i + "].", problems));
            } else {
                problem(name + "[" + i + "] must be an object");
            }
        }
        return items;
    }

    void problem(String text) {
        problems.add(prefix + text);
    }

    /** Throws the 400 answer when anything was wrong. */
    void check() {
        if (!problems.isEmpty()) {
            throw ApiException.badRequest("ValidationError", "The request is invalid: " + String.join("; ", problems));
        }
    }

    private void missing(String name, boolean required) {
        if (required) {
            problem(name + " is required");
        }
    }

    /** Null for an absent property and for JSON null alike, as the binder treats both. */
    private JsonNode value(String name) {
        for (String property : node.propertyNames()) {
            if (property.equalsIgnoreCase(name)) {
                JsonNode value = node.get(property);
                return value == null || value.isNull() ? null : value;
            }
        }
        return null;
    }
}
