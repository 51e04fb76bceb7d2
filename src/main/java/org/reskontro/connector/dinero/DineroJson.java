package org.reskontro.connector.dinero;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.reskontro.ledger.spi.AccountingSystemException;
import org.reskontro.ledger.spi.AccountingSystemException.Category;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reading Dinero's JSON strictly: numbers become BigDecimal (never double), a missing required property or a
 * body that is no JSON is a {@link Category#MALFORMED_RESPONSE} naming where it happened.
 */
final class DineroJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private DineroJson() {
    }

    static JsonNode parse(byte[] body, String where) {
        try {
            return MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new AccountingSystemException(Category.MALFORMED_RESPONSE,
                    "Dinero sent malformed JSON for " + where + ": " + e.getOriginalMessage(), e);
        }
    }

    /** A request body to fill; amounts go out as plain decimals (100.00, never 1E+2). */
    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static byte[] bytes(JsonNode body) {
        return MAPPER.writeValueAsBytes(body);
    }

    static AccountingSystemException malformed(String where, String problem) {
        return new AccountingSystemException(Category.MALFORMED_RESPONSE,
                "Dinero's answer to " + where + " does not follow the contract: " + problem);
    }

    static String text(JsonNode node, String property, String where) {
        String value = optionalText(node, property);
        if (value == null || value.isBlank()) {
            throw malformed(where, "required property " + property + " is missing");
        }
        return value;
    }

    static String optionalText(JsonNode node, String property) {
        JsonNode value = node.get(property);
        return value == null || value.isNull() ? null : value.asString();
    }

    static BigDecimal amount(JsonNode node, String property, String where) {
        JsonNode value = node.get(property);
        if (value == null || !value.isNumber()) {
            throw malformed(where, "required amount " + property + " is missing or not a number");
        }
        return value.decimalValue();
    }

    static long integer(JsonNode node, String property, String where) {
        JsonNode value = node.get(property);
        if (value == null || !value.canConvertToExactIntegral()) {
            throw malformed(where, "required integer " + property + " is missing");
        }
        return value.asLong();
    }

    static boolean flag(JsonNode node, String property, String where) {
        JsonNode value = node.get(property);
        if (value == null || !value.isBoolean()) {
            throw malformed(where, "required flag " + property + " is missing");
        }
        return value.booleanValue();
    }

    static LocalDate date(JsonNode node, String property, String where) {
        String text = text(node, property, where);
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw malformed(where, property + " '" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    static LocalDate optionalDate(JsonNode node, String property, String where) {
        return optionalText(node, property) == null ? null : date(node, property, where);
    }

    /** Dinero's {@code message}, or an OAuth {@code error}, or the start of a text body: for people, never raw. */
    static String errorText(byte[] body) {
        try {
            JsonNode json = MAPPER.readTree(body);
            for (String property : new String[] {"message", "error_description", "error"}) {
                if (json.hasNonNull(property)) {
                    String text = json.get(property).asString();
                    return property.equals("error_description") && json.hasNonNull("error")
                            ? json.get("error").asString() + ": " + text : text;
                }
            }
        } catch (JacksonException e) {
            // not JSON: fall through to the text
        }
        String text = new String(body, StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? "no details" : text.substring(0, Math.min(text.length(), 200));
    }
}
