package org.reskontro.connector.dinero;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reskontro.simulator.dinero.DineroExchange;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The Dinero OpenAPI 3.1 document as a checker: a request must hit a documented operation with only declared,
 * well-typed query parameters (required ones present) and, for a write, a body its schema admits; a JSON answer must satisfy the operation's schema for
 * its status (the OpenAPI 3.1 dialect of JSON Schema 2020-12, formats asserted, {@code $ref}s resolved against
 * the whole document).
 */
final class DineroOpenApiContract {

    private static final String IRI = "https://contract.reskontro.test/dinero-v1.openapi.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Operation(String method, String template, Pattern pattern, JsonNode node) {
        String pointer() {
            return "/paths/" + escape(template) + "/" + method;
        }
    }

    private final JsonNode document;
    private final SchemaRegistry registry;
    private final List<Operation> operations = new ArrayList<>();

    private DineroOpenApiContract(String text) {
        document = JSON.readTree(text);
        registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(), builder -> builder
                .schemas(Map.of(IRI, text))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        document.get("paths").forEachEntry((template, item) -> item.forEachEntry((method, node) -> {
            String regex = Pattern.quote(template).replaceAll("\\{(\\w+)}", "\\\\E(?<$1>[^/]+)\\\\Q");
            operations.add(new Operation(method, template, Pattern.compile(regex), node));
        }));
    }

    static DineroOpenApiContract load() {
        Path file = Path.of(System.getProperty("reskontro.shared-dir", "../shared"), "fixtures", "openapi",
                "dinero-v1.openapi.json");
        try {
            return new DineroOpenApiContract(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Dinero contract at " + file.toAbsolutePath(), e);
        }
    }

    /** The documented operation, preferring literal segments over templated ones (…/invoices/fetch over {guid}). */
    Optional<Operation> operation(String method, String path) {
        return operations.stream()
                .filter(o -> o.method().equalsIgnoreCase(method) && o.pattern().matcher(path).matches())
                .min((a, b) -> Long.compare(a.template().chars().filter(c -> c == '{').count(),
                        b.template().chars().filter(c -> c == '{').count()));
    }

    List<String> violations(DineroExchange exchange) {
        List<String> problems = new ArrayList<>(requestViolations(exchange.method(), exchange.path(),
                exchange.rawQuery()));
        if (problems.isEmpty()) {
            problems.addAll(requestBodyViolations(exchange.method(), exchange.path(), exchange.requestBody()));
        }
        if (problems.isEmpty() && !exchange.faultInjected()) {
            problems.addAll(responseViolations(exchange.method(), exchange.path(), exchange.status(),
                    exchange.contentType(), exchange.responseBody()));
        }
        String call = exchange.method() + " " + exchange.path() + " -> " + exchange.status() + ": ";
        return problems.stream().map(problem -> call + problem).toList();
    }

    List<String> requestViolations(String method, String path, String rawQuery) {
        Optional<Operation> found = operation(method, path);
        if (found.isEmpty()) {
            return List.of("no operation " + method.toUpperCase(Locale.ROOT) + " " + path + " in the contract");
        }
        Operation operation = found.get();
        Matcher matcher = operation.pattern().matcher(path);
        matcher.matches();
        Map<String, String> query = decode(rawQuery);
        List<String> problems = new ArrayList<>();
        JsonNode parameters = operation.node().path("parameters");
        for (int i = 0; i < parameters.size(); i++) {
            JsonNode parameter = parameters.get(i);
            String name = parameter.get("name").asString();
            String in = parameter.get("in").asString();
            String value = switch (in) {
                case "path" -> URLDecoder.decode(matcher.group(name), StandardCharsets.UTF_8);
                case "query" -> query.remove(name);
                default -> null;
            };
            if (value == null) {
                if (parameter.path("required").asBoolean(false)) {
                    problems.add("required " + in + " parameter " + name + " is missing");
                }
                continue;
            }
            Schema schema = schema(operation.pointer() + "/parameters/" + i + "/schema");
            for (Error error : schema.validate(typed(value, parameter.path("schema")))) {
                problems.add(in + " parameter " + name + "='" + value + "': " + error.getMessage());
            }
        }
        query.keySet().forEach(name -> problems.add("query parameter " + name + " is not declared for " + method
                + " " + operation.template()));
        return problems;
    }

    /**
     * A write's JSON body against the operation's requestBody schema (the create models forbid properties they do
     * not declare); a body where none is declared, or none where one is, is a violation too.
     */
    List<String> requestBodyViolations(String method, String path, byte[] body) {
        Operation operation = operation(method, path).orElseThrow();
        JsonNode declared = operation.node().path("requestBody").path("content").path("application/json");
        boolean sent = body != null && body.length > 0;
        if (declared.isMissingNode()) {
            return sent ? List.of("a request body is sent but none is declared") : List.of();
        }
        if (!sent) {
            return List.of("the declared request body is missing");
        }
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (JacksonException e) {
            return List.of("the request body is not JSON: " + e.getOriginalMessage());
        }
        String pointer = operation.pointer() + "/requestBody/content/application~1json/schema";
        return schema(pointer).validate(instance).stream().map(error -> "request body: " + error).toList();
    }

    /** Statuses the operation does not document carry no schema to check and pass unchecked. */
    List<String> responseViolations(String method, String path, int status, String contentType, byte[] body) {
        Operation operation = operation(method, path).orElseThrow();
        JsonNode response = operation.node().path("responses").path(String.valueOf(status));
        if (response.isMissingNode()) {
            return List.of();
        }
        if (!response.has("content")) {
            return List.of(); // no body declared (e.g. "Get credit note as pdf"): DineroContractTests checks PDFs
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim();
        JsonNode content = response.path("content").path(mediaType);
        if (content.isMissingNode()) {
            return List.of("content type " + mediaType + " is not documented for " + status);
        }
        if (!mediaType.endsWith("json") || !content.has("schema")) {
            return List.of();
        }
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (JacksonException e) {
            return List.of("the body is not JSON: " + e.getOriginalMessage());
        }
        String pointer = operation.pointer() + "/responses/" + status + "/content/" + escape(mediaType) + "/schema";
        return schema(pointer).validate(instance).stream().map(Error::toString).toList();
    }

    private Schema schema(String pointer) {
        String fragment = pointer.replace("{", "%7B").replace("}", "%7D");
        return registry.getSchema(SchemaLocation.of(IRI + "#" + fragment));
    }

    /** A query string value as the JSON value its schema expects; what does not convert stays a string. */
    private static JsonNode typed(String value, JsonNode schema) {
        String type = schema.path("type").asString("string");
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if ((type.equals("integer") || type.equals("number")) && value.matches("-?\\d{1,18}")) {
            return nodes.numberNode(Long.parseLong(value));
        }
        if ((type.equals("integer") || type.equals("number")) && value.matches("-?\\d+(\\.\\d+)?")) {
            return nodes.numberNode(new BigDecimal(value));
        }
        if (type.equals("boolean") && (value.equals("true") || value.equals("false"))) {
            return nodes.booleanNode(Boolean.parseBoolean(value));
        }
        return nodes.stringNode(value);
    }

    private static Map<String, String> decode(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            query.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return query;
    }

    private static String escape(String pointerToken) {
        return pointerToken.replace("~", "~0").replace("/", "~1");
    }
}
