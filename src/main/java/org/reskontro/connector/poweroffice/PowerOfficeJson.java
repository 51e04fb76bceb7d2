package org.reskontro.connector.poweroffice;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.reskontro.ledger.spi.AccountingSystemException;
import org.reskontro.ledger.spi.AccountingSystemException.Category;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading PowerOffice's JSON strictly: numbers become BigDecimal (never double, though the contract says
 * "format: double"), a missing property the mapping needs or a body that is no JSON is a
 * {@link Category#MALFORMED_RESPONSE} naming where it happened.
 */
final class PowerOfficeJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private PowerOfficeJson() {
    }

    static JsonNode parse(byte[] body, String where) {
        try {
            return MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new AccountingSystemException(Category.MALFORMED_RESPONSE,
                    "PowerOffice Go sent malformed JSON for " + where + ": " + e.getOriginalMessage(), e);
        }
    }

    /** A request body to fill; amounts go in as BigDecimal, never double. */
    static tools.jackson.databind.node.ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static byte[] bytes(JsonNode body) {
        return MAPPER.writeValueAsBytes(body);
    }

    static AccountingSystemException malformed(String where, String problem) {
        return new AccountingSystemException(Category.MALFORMED_RESPONSE,
                "PowerOffice Go's answer to " + where + " does not follow the contract: " + problem);
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
        BigDecimal value = optionalAmount(node, property, where);
        if (value == null) {
            throw malformed(where, "required amount " + property + " is missing");
        }
        return value;
    }

    static BigDecimal optionalAmount(JsonNode node, String property, String where) {
        JsonNode value = node.get(property);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw malformed(where, "amount " + property + " is not a number");
        }
        return value.decimalValue();
    }

    static long integer(JsonNode node, String property, String where) {
        Long value = optionalInteger(node, property, where);
        if (value == null) {
            throw malformed(where, "required integer " + property + " is missing");
        }
        return value;
    }

    static Long optionalInteger(JsonNode node, String property, String where) {
        JsonNode value = node.get(property);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.canConvertToExactIntegral()) {
            throw malformed(where, property + " is not an integer");
        }
        return value.asLong();
    }

    /** {@code fallback} for an absent or null flag: several of PowerOffice's flags are nullable with a default. */
    static boolean flag(JsonNode node, String property, boolean fallback, String where) {
        JsonNode value = node.get(property);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw malformed(where, "flag " + property + " is not true or false");
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

    /**
     * For people, never raw: ProblemDetails' title and detail (the contract's examples spell them in lower case, its
     * schema in PascalCase), the gateway's {@code message}, an OAuth {@code error}, or the start of a text body.
     */
    static String errorText(byte[] body) {
        if (body == null || body.length == 0) {
            return "no details";
        }
        try {
            JsonNode json = MAPPER.readTree(body);
            String title = first(json, "title", "Title");
            String detail = first(json, "detail", "Detail");
            if (title != null || detail != null) {
                return title == null ? detail : detail == null ? title : title + ": " + detail;
            }
            String message = first(json, "message", "Message");
            if (message != null) {
                return message;
            }
            String error = first(json, "error");
            if (error != null) {
                String description = first(json, "error_description");
                return description == null ? error : error + ": " + description;
            }
        } catch (JacksonException e) {
            // not JSON: fall through to the text
        }
        String text = new String(body, StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? "no details" : text.substring(0, Math.min(text.length(), 200));
    }

    private static String first(JsonNode json, String... properties) {
        for (String property : properties) {
            if (json.hasNonNull(property)) {
                return json.get(property).asString();
            }
        }
        return null;
    }
}
