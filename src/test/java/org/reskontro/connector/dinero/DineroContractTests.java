package org.reskontro.connector.dinero;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reskontro.ledger.spi.AccountingSystemException;
import org.reskontro.ledger.spi.ConnectionDetails;
import org.reskontro.ledger.spi.DocumentQuery;
import org.reskontro.ledger.spi.ErpDocument;
import org.reskontro.ledger.spi.ErpStatus;
import org.reskontro.ledger.spi.LedgerSource;
import org.reskontro.shared.DocumentKind;
import org.reskontro.simulator.dinero.DineroExchange;
import org.reskontro.simulator.dinero.Fault;
import org.reskontro.simulator.dinero.NewPayment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every exchange of a full read and of the fault cases, checked against Dinero's own OpenAPI document. */
class DineroContractTests {

    private static final DocumentQuery ALL = new DocumentQuery(DineroSandbox.ANCHOR.minusDays(120),
            DineroSandbox.ANCHOR, null);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static DineroOpenApiContract contract;

    @BeforeAll
    static void loadContract() {
        contract = DineroOpenApiContract.load();
    }

    @Test
    void everyExchangeOfAFullReadAndOfTheFaultCasesFollowsTheContract() throws Exception {
        try (DineroSandbox sandbox = DineroSandbox.withDemoData(23, 40, 250, 100)) {
            LedgerSource source = sandbox.open();
            source.customers(null, customer -> { });
            List<ErpDocument> documents = new ArrayList<>();
            source.documents(ALL, documents::add);
            documents.forEach(source::balance);
            source.receivablePostings(ALL.fromDate(), posting -> { });
            // 40 days: two ranges of Dinero's list of changes
            source.receivablePostingsAddedSince(sandbox.clock.instant().minus(Duration.ofDays(40)), posting -> { });
            pdfs(source, documents);
            changedSinceRead(sandbox, source, documents);
            faultCases(sandbox);
            directCalls(sandbox);

            List<String> violations = new ArrayList<>();
            Set<String> operations = new TreeSet<>();
            Set<Integer> statuses = new TreeSet<>();
            int checkedBodies = 0;
            for (DineroExchange exchange : sandbox.exchanges) {
                statuses.add(exchange.status());
                if (exchange.path().equals("/dineroapi/oauth/token")) {
                    violations.addAll(tokenViolations(exchange));
                    continue;
                }
                violations.addAll(contract.violations(exchange));
                violations.addAll(pdfViolations(exchange));
                contract.operation(exchange.method(), exchange.path())
                        .ifPresent(o -> operations.add(o.method() + " " + o.template()));
                checkedBodies += exchange.status() == 200 && !exchange.faultInjected() ? 1 : 0;
            }

            assertThat(violations).isEmpty();
            assertThat(operations).containsExactlyInAnyOrder("get /v1/organizations",
                    "get /v1/{organizationId}/contacts", "get /v1/{organizationId}/invoices",
                    "get /v1/{organizationId}/sales/creditnotes", "get /v2/{organizationId}/invoices/{guid}/payments",
                    "get /v1/{organizationId}/sales/creditnotes/{guid}/payments",
                    "get /v1/{organizationId}/invoices/{guid}",
                    "get /v1/{organizationId}/sales/creditnotes/{guid}/pdf",
                    "get /v1/{organizationId}/accounts/entry", "get /v1/{organizationId}/accountingyears",
                    "get /v1/{organizationId}/entries", "get /v1/{organizationId}/entries/changes");
            assertThat(statuses).contains(200, 400, 401, 403, 404, 429, 500, 503);
            assertThat(checkedBodies).isGreaterThan(250);
        }
    }

    @Test
    void theValidatorCatchesAListBodyWithoutPagination() {
        byte[] body = "{\"Collection\":[]}".getBytes(StandardCharsets.UTF_8);

        assertThat(contract.responseViolations("GET", "/v1/42/contacts", 200, "application/json", body))
                .singleElement().asString().contains("Pagination");
    }

    @Test
    void theValidatorCatchesWrongItemsWrongTypesAndUnknownProperties() {
        String page = "{\"Collection\":[{\"Guid\":\"not-a-uuid\",\"Number\":\"7\",\"TotalInclVat\":1,"
                + "\"TotalExclVat\":1,\"TotalInclVatInDkk\":1,\"guid\":\"x\"}],\"Pagination\":{\"MaxPageSizeAllowed\":"
                + "1000,\"PageSize\":100,\"Result\":1,\"ResultWithoutFilter\":1,\"Page\":0}}";

        List<String> violations = contract.responseViolations("GET", "/v1/42/invoices", 200, "application/json",
                page.getBytes(StandardCharsets.UTF_8));

        assertThat(String.join("\n", violations)).contains("/Collection/0/Guid", "/Collection/0/Number",
                "TotalExclVatInDkk", "'guid'");
    }

    @Test
    void thePdfCheckCatchesAPdfAskedForAsJsonAndABodyThatIsNoPdf() {
        DineroExchange json = new DineroExchange("GET", "/v1/42/invoices/" + UUID.randomUUID(), null,
                Map.of("Accept", List.of("application/json")), new byte[0], 200, "application/json",
                "{}".getBytes(StandardCharsets.UTF_8), false);

        assertThat(pdfViolations(json)).hasSize(3).anyMatch(v -> v.contains("Accept: application/json"))
                .anyMatch(v -> v.contains("content type application/json")).anyMatch(v -> v.endsWith("no PDF"));
    }

    @Test
    void theValidatorCatchesRequestsOutsideTheContract() {
        String guid = UUID.randomUUID().toString();

        assertThat(contract.requestViolations("GET", "/v1/42/invoices", "pageSize=abc&pageNumber=2"))
                .anyMatch(v -> v.startsWith("query parameter pageSize='abc'"))
                .anyMatch(v -> v.equals(
                        "query parameter pageNumber is not declared for GET /v1/{organizationId}/invoices"));
        assertThat(contract.requestViolations("GET", "/v1/42/invoices", "deletedOnly=maybe")).hasSize(1);
        assertThat(contract.requestViolations("GET", "/v2/42/invoices/not-a-guid/payments", null)).hasSize(1);
        assertThat(contract.requestViolations("GET", "/v1/42/debtors", null)).hasSize(1);
        assertThat(contract.requestViolations("PATCH", "/v1/42/invoices", null)).hasSize(1);
        assertThat(contract.requestViolations("GET", "/v2/42/invoices/" + guid + "/payments", null)).isEmpty();
    }

    @Test
    void theSpecsOwnDefaultFieldsDoNotConformSoTheConnectorNamesItsFields() throws Exception {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            HttpResponse<byte[]> defaults = get(sandbox, "/v1/" + sandbox.organisationId() + "/invoices", "",
                    "application/json");

            assertThat(contract.responseViolations("GET", "/v1/" + sandbox.organisationId() + "/invoices", 200,
                    "application/json", defaults.body())).isNotEmpty()
                    .anyMatch(v -> v.contains("required property 'Number' not found"));
        }
    }

    private static void changedSinceRead(DineroSandbox sandbox, LedgerSource source, List<ErpDocument> documents) {
        Instant cursor = sandbox.clock.instant();
        sandbox.clock.advance(Duration.ofMinutes(2));
        ErpDocument open = documents.stream().filter(d -> d.status() == ErpStatus.OVERDUE).findFirst().orElseThrow();
        sandbox.simulator.registerPayment(sandbox.organisationId(), UUID.fromString(open.externalId()),
                new NewPayment(DineroSandbox.ANCHOR, new BigDecimal("100.00"), "Delbetaling"));
        source.customers(cursor, customer -> { });
        source.documents(new DocumentQuery(ALL.fromDate(), ALL.toDate(), cursor), document -> { });
    }

    private static void faultCases(DineroSandbox sandbox) {
        int org = sandbox.organisationId();
        Map<String, String> wrongKey = new HashMap<>(sandbox.organisation.credentials().asMap());
        wrongKey.put("apiKey", "wrong");
        attempt(sandbox, sandbox.connection(String.valueOf(org), wrongKey), DineroSandbox.SETTINGS);
        Map<String, String> wrongSecret = new HashMap<>(sandbox.organisation.credentials().asMap());
        wrongSecret.put("clientSecret", "wrong");
        attempt(sandbox, sandbox.connection(String.valueOf(org), wrongSecret), DineroSandbox.SETTINGS);
        attempt(sandbox, sandbox.connection("99", sandbox.organisation.credentials().asMap()), DineroSandbox.SETTINGS);
        int other = sandbox.simulator.createOrganisation("Fremmed ApS").id();
        attempt(sandbox, sandbox.connection(String.valueOf(other), sandbox.organisation.credentials().asMap()),
                DineroSandbox.SETTINGS);
        List<List<Fault>> plans = List.of(List.of(Fault.rateLimited(3), Fault.rateLimited(3)),
                Collections.nCopies(8, Fault.rateLimited(2)), List.of(Fault.serverError(), Fault.unavailable()),
                List.of(Fault.malformedJson()), List.of(Fault.truncatedPage()), List.of(Fault.missingProperty("Guid")));
        for (List<Fault> plan : plans) {
            sandbox.simulator.injectFaults(org, plan.toArray(Fault[]::new));
            attempt(sandbox, sandbox.connection(), DineroSandbox.SETTINGS);
            sandbox.simulator.clearFaults(org);
        }
        sandbox.simulator.injectFaults(org, 3, Fault.delay(Duration.ofSeconds(30)));
        attempt(sandbox, sandbox.connection(),
                new DineroSettings(Duration.ofSeconds(2), Duration.ofMillis(500), 100, 8, 3));
        sandbox.simulator.clearFaults(org);
    }

    private static void attempt(DineroSandbox sandbox, ConnectionDetails connection,
            DineroSettings settings) {
        LedgerSource source = sandbox.connector(settings).open(connection);
        catchThrowableOfType(AccountingSystemException.class, () -> source.documents(ALL, document -> { }));
    }

    /** A few PDFs of each kind (every PDF operation, at little cost), and one of a document Dinero lacks. */
    private static void pdfs(LedgerSource source, List<ErpDocument> documents) {
        for (DocumentKind kind : DocumentKind.values()) {
            List<ErpDocument> some = documents.stream().filter(d -> d.kind() == kind).limit(3).toList();
            assertThat(some).as(kind.name()).isNotEmpty();
            some.forEach(document -> assertThat(source.pdf(document)).isNotEmpty());
        }
        ErpDocument any = documents.getFirst();
        ErpDocument unknown = new ErpDocument(UUID.randomUUID().toString(), any.kind(), any.number(),
                any.customerExternalId(), any.issueDate(), any.dueDate(), any.totalInclVat(), any.totalExclVat(),
                any.status(), any.version(), false);
        catchThrowableOfType(AccountingSystemException.class, () -> source.pdf(unknown));
    }

    /**
     * The contract asks for the invoice PDF with Accept: application/octet-stream and declares no body for the
     * credit-note PDF; both must come as octet-stream and be a PDF.
     */
    private static List<String> pdfViolations(DineroExchange exchange) {
        String path = exchange.path();
        if (!path.matches("/v1/\\d+/invoices/[^/]+") && !path.matches("/v1/\\d+/sales/creditnotes/[^/]+/pdf")) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        String call = exchange.method() + " " + path + " -> " + exchange.status() + ": ";
        String accept = exchange.requestHeaders().entrySet().stream()
                .filter(h -> h.getKey().equalsIgnoreCase("Accept")).map(h -> h.getValue().getFirst())
                .findFirst().orElse("");
        if (!accept.equals("application/octet-stream")) {
            problems.add(call + "asks with Accept: " + accept + ", not application/octet-stream");
        }
        if (exchange.status() == 200 && !exchange.faultInjected()) {
            if (!"application/octet-stream".equals(exchange.contentType())) {
                problems.add(call + "content type " + exchange.contentType() + " instead of application/octet-stream");
            }
            byte[] body = exchange.responseBody();
            if (body.length < 5 || !new String(body, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
                problems.add(call + "the body is no PDF");
            }
        }
        return problems;
    }

    /** What the connector does not call but the simulator serves: the organisations list. */
    private static void directCalls(DineroSandbox sandbox) throws Exception {
        int org = sandbox.organisationId();
        assertThat(get(sandbox, "/v1/organizations", "fields=Id,Name,IsPro,IsVatFree,IsTaxFreeUnion",
                "application/json").statusCode()).isEqualTo(200);
        assertThat(get(sandbox, "/v1/" + org + "/invoices", "pageSize=1001&fields=Guid", "application/json")
                .statusCode()).isEqualTo(400);
    }

    private static HttpResponse<byte[]> get(DineroSandbox sandbox, String path, String query, String accept)
            throws IOException, InterruptedException {
        var credentials = sandbox.organisation.credentials();
        HttpClient http = HttpClient.newHttpClient();
        String basic = Base64.getEncoder().encodeToString((credentials.clientId() + ":" + credentials.clientSecret())
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(sandbox.simulator.tokenUrl())
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&scope=read+write&username="
                        + credentials.apiKey() + "&password=" + credentials.apiKey())).build(),
                HttpResponse.BodyHandlers.ofString());
        String accessToken = JSON.readTree(token.body()).get("access_token").asString();
        URI uri = URI.create(sandbox.simulator.baseUrl() + path + (query.isEmpty() ? "" : "?" + query));
        return http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + accessToken)
                .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The legacy token endpoint is outside the OpenAPI document; its shape is checked here instead. */
    private static List<String> tokenViolations(DineroExchange exchange) {
        List<String> problems = new ArrayList<>();
        String form = new String(exchange.requestBody(), StandardCharsets.UTF_8);
        Map<String, String> fields = new HashMap<>();
        for (String pair : form.split("&")) {
            String[] parts = pair.split("=", 2);
            fields.put(parts[0], URLDecoder.decode(parts.length > 1 ? parts[1] : "", StandardCharsets.UTF_8));
        }
        if (!exchange.method().equals("POST") || !fields.get("grant_type").equals("password")
                || !"read write".equals(fields.get("scope")) || !fields.get("username").equals(fields.get("password"))
                || !exchange.requestHeaders().get("Authorization").getFirst().startsWith("Basic ")
                || !exchange.requestHeaders().get("Content-Type").getFirst()
                        .startsWith("application/x-www-form-urlencoded")) {
            problems.add("token request is no password grant with Basic client authentication");
        }
        JsonNode answer = JSON.readTree(exchange.responseBody());
        boolean granted = exchange.status() == 200 && answer.path("access_token").isString()
                && answer.path("token_type").asString().equals("Bearer") && answer.path("expires_in").isInt();
        boolean refused = exchange.status() >= 400 && answer.path("error").isString();
        if (!granted && !refused) {
            problems.add("token answer " + exchange.status() + " is neither a grant nor an OAuth error");
        }
        return problems;
    }
}
