package org.reskontro.simulator.dinero;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** An HTTP request as endpoints see it; query parameter names match case-insensitively, as in Dinero. */
record ApiRequest(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {

    ApiRequest {
        Map<String, List<String>> caseless = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        caseless.putAll(headers);
        headers = caseless;
    }

    Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    /** The first value of a query parameter; blank values count as absent, as ASP.NET binds them. */
    Optional<String> param(String name) {
        String value = formFields(rawQuery).get(name.toLowerCase(Locale.ROOT));
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /** Decodes {@code a=1&b=2} (a query string or a form body); names are lower-cased, the first value wins. */
    static Map<String, String> formFields(String encoded) {
        Map<String, String> fields = new TreeMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return fields;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            fields.putIfAbsent(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return fields;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /**
     * The path and query parameters (names lower-cased, values decoded, in name order) without the named ones:
     * what tells two requests for pages of the same list apart from requests for different lists.
     */
    String listQuery(String... without) {
        Map<String, String> fields = formFields(rawQuery);
        for (String name : without) {
            fields.remove(name.toLowerCase(Locale.ROOT));
        }
        return path + "?" + fields;
    }

    String[] segments() {
        return path.replaceAll("^/+|/+$", "").split("/");
    }
}
