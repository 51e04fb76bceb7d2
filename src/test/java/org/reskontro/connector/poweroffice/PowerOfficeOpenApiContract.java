package org.reskontro.connector.poweroffice;

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reskontro.simulator.poweroffice.PowerOfficeExchange;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The merged PowerOffice Go v2 OpenAPI 3.0 document (YAML) as a checker: a request must hit a documented operation
 * (paths relative to the API root /v2, matched case-insensitively as ASP.NET routes are) with only declared,
 * well-typed query parameters, required ones present; an object parameter such as {@code resourceParameter} binds
 * from its properties (form style, exploded, the OpenAPI default), as ASP.NET binds it. A JSON answer must satisfy the
 * operation's schema for its status (the OpenAPI 3.0 schema dialect, {@code nullable} honoured, formats asserted,
 * {@code $ref}s resolved against the whole document).
 */
final class PowerOfficeOpenApiContract {

    static final String API_ROOT = "/v2";
    private static final String IRI = "https://contract.reskontro.test/poweroffice-go-v2.merged.openapi.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Operation(String method, String template, Pattern pattern, JsonNode node) {
        String pointer() {
            return "/paths/" + escape(template) + "/" + method;
        }
    }

    private final JsonNode document;
    private final SchemaRegistry registry;
    private final List<Operation> operations = new ArrayList<>();

    private PowerOfficeOpenApiContract(JsonNode document) {
        this.document = document;
        registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30(), builder -> builder
                .schemas(Map.of(IRI, JSON.writeValueAsString(document)))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        document.get("paths").forEachEntry((template, item) -> item.forEachEntry((method, node) -> {
            String regex = Pattern.quote(template).replaceAll("\\{(\\w+)}", "\\\\E(?<$1>[^/]+)\\\\Q");
            operations.add(new Operation(method, template, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), node));
        }));
    }

    static PowerOfficeOpenApiContract load() {
        Path file = Path.of(System.getProperty("reskontro.shared-dir", "../shared"), "fixtures", "openapi",
                "poweroffice-go-v2.merged.openapi.yaml");
        try {
            return new PowerOfficeOpenApiContract(YAMLMapper.builder().build().readTree(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the PowerOffice Go contract at " + file.toAbsolutePath(), e);
        }
    }

    /** The documented operation, preferring literal segments over templated ones. */
    Optional<Operation> operation(String method, String apiPath) {
        return operations.stream()
                .filter(o -> o.method().equalsIgnoreCase(method) && o.pattern().matcher(apiPath).matches())
                .min((a, b) -> Long.compare(a.template().chars().filter(c -> c == '{').count(),
                        b.template().chars().filter(c -> c == '{').count()));
    }

    /** {@code path} as sent, with the API root. */
    List<String> violations(PowerOfficeExchange exchange) {
        String apiPath = apiPath(exchange.path());
        List<String> problems = new ArrayList<>(requestViolations(exchange.method(), apiPath, exchange.rawQuery()));
        if (problems.isEmpty()) {
            problems.addAll(bodyViolations(exchange.method(), apiPath, header(exchange, "Content-Type"),
                    exchange.requestBody()));
        }
        if (problems.isEmpty() && !exchange.faultInjected()) {
            problems.addAll(responseViolations(exchange.method(), apiPath, exchange.status(), exchange.contentType(),
                    exchange.responseBody()));
        }
        String call = exchange.method() + " " + exchange.path() + " -> " + exchange.status() + ": ";
        return problems.stream().map(problem -> call + problem).toList();
    }

    static String apiPath(String path) {
        return path.regionMatches(true, 0, API_ROOT + "/", 0, API_ROOT.length() + 1) ? path.substring(API_ROOT.length())
                : path;
    }

    List<String> requestViolations(String method, String apiPath, String rawQuery) {
        Optional<Operation> found = operation(method, apiPath);
        if (found.isEmpty()) {
            return List.of("no operation " + method.toUpperCase(Locale.ROOT) + " " + apiPath + " in the contract");
        }
        Operation operation = found.get();
        Matcher matcher = operation.pattern().matcher(apiPath);
        matcher.matches();
        Map<String, String> query = decode(rawQuery);
        List<String> problems = new ArrayList<>();
        JsonNode parameters = operation.node().path("parameters");
        for (int i = 0; i < parameters.size(); i++) {
            JsonNode parameter = parameters.get(i);
            String name = parameter.get("name").asString();
            String in = parameter.get("in").asString();
            String pointer = operation.pointer() + "/parameters/" + i + "/schema";
            JsonNode schema = resolve(parameter.path("schema"));
            if (in.equals("query") && schema.path("type").asString("").equals("object")) {
                problems.addAll(objectParameter(parameter.path("schema"), query, pointer));
                continue;
            }
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
            problems.addAll(check(pointer, value, schema, in + " parameter " + name));
        }
        query.keySet().forEach(name -> problems.add("query parameter " + name + " is not declared for " + method
                + " " + operation.template()));
        return problems;
    }

    /** A request body must be of a documented media type and satisfy its schema. */
    List<String> bodyViolations(String method, String apiPath, String contentType, byte[] body) {
        Operation operation = operation(method, apiPath).orElseThrow();
        JsonNode content = operation.node().path("requestBody").path("content");
        if (content.isMissingNode()) {
            return body.length == 0 ? List.of() : List.of("a body is sent, but the operation takes none");
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim();
        if (!content.has(mediaType)) {
            return List.of("request content type '" + mediaType + "' is not documented");
        }
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (JacksonException e) {
            return List.of("the request body is not JSON: " + e.getOriginalMessage());
        }
        String pointer = operation.pointer() + "/requestBody/content/" + escape(mediaType) + "/schema";
        return schema(pointer).validate(instance).stream().map(error -> "request body: " + error).toList();
    }

    private static String header(PowerOfficeExchange exchange, String name) {
        return exchange.requestHeaders().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                .map(h -> h.getValue().getFirst()).findFirst().orElse(null);
    }

    /** A status without an entry of its own falls to "default"; one documented without a body has nothing to check. */
    List<String> responseViolations(String method, String apiPath, int status, String contentType, byte[] body) {
        Operation operation = operation(method, apiPath).orElseThrow();
        JsonNode responses = operation.node().path("responses");
        JsonNode response = responses.has(String.valueOf(status)) ? responses.path(String.valueOf(status))
                : responses.path("default");
        if (response.isMissingNode()) {
            return List.of("status " + status + " is not documented for " + method + " " + operation.template());
        }
        if (!response.has("content")) {
            return status == 204 && body.length > 0 ? List.of("a 204 carries a body") : List.of();
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim();
        JsonNode content = response.path("content").path(mediaType);
        if (content.isMissingNode()) {
            return List.of("content type " + mediaType + " is not documented for " + status);
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

    /** Each property of an object parameter is a query name of its own; read-only ones cannot be sent. */
    private List<String> objectParameter(JsonNode schema, Map<String, String> query, String pointer) {
        List<String> problems = new ArrayList<>();
        String base = schema.has("$ref") ? schema.get("$ref").asString().substring(1) : pointer;
        JsonNode properties = resolve(schema).path("properties");
        properties.forEachEntry((property, definition) -> {
            String value = query.remove(property);
            if (value == null) {
                return;
            }
            if (definition.path("readOnly").asBoolean(false)) {
                problems.add("query parameter " + property + " is read-only");
                return;
            }
            problems.addAll(check(base + "/properties/" + escape(property), value, definition,
                    "query parameter " + property));
        });
        return problems;
    }

    private List<String> check(String pointer, String value, JsonNode schema, String what) {
        return schema(pointer).validate(typed(value, resolve(schema))).stream()
                .map(error -> what + "='" + value + "': " + error.getMessage()).toList();
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            current = document.at(current.get("$ref").asString().substring(1));
        }
        return current;
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

    /** Names as sent; ASP.NET matches them case-insensitively, so the checker does too. */
    private static Map<String, String> decode(String rawQuery) {
        Map<String, String> query = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
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
