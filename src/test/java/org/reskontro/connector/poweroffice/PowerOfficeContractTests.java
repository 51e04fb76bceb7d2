package org.reskontro.connector.poweroffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
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
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reskontro.ledger.spi.AccountingSystemException;
import org.reskontro.ledger.spi.ConnectionDetails;
import org.reskontro.ledger.spi.DocumentQuery;
import org.reskontro.ledger.spi.ErpDocument;
import org.reskontro.ledger.spi.ErpStatus;
import org.reskontro.ledger.spi.LedgerSource;
import org.reskontro.shared.DocumentKind;
import org.reskontro.simulator.poweroffice.Fault;
import org.reskontro.simulator.poweroffice.NewPayment;
import org.reskontro.simulator.poweroffice.PowerOfficeExchange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every exchange of a full read, of a delta and of the fault cases, checked against PowerOffice Go's OpenAPI
 * document: the connector's requests and the simulator's answers alike.
 */
class PowerOfficeContractTests {

    private static final DocumentQuery ALL = new DocumentQuery(PowerOfficeSandbox.ANCHOR.minusDays(120),
            PowerOfficeSandbox.ANCHOR, null);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static PowerOfficeOpenApiContract contract;

    @BeforeAll
    static void loadContract() {
        contract = PowerOfficeOpenApiContract.load();
    }

    @Test
    void everyExchangeOfAFullReadADeltaAndTheFaultCasesFollowsTheContract() throws Exception {
        try (PowerOfficeSandbox sandbox = PowerOfficeSandbox.withDemoData(23, 40, 400, 10)) {
            LedgerSource source = sandbox.open();
            source.customers(null, customer -> { });
            List<ErpDocument> documents = new ArrayList<>();
            source.documents(ALL, documents::add);
            documents.stream().filter(d -> !d.deleted()).forEach(source::balance);
            pdfs(source, documents);
            changedSinceRead(sandbox, source, documents);
            faultCases(sandbox);
            directCalls(sandbox);

            List<String> violations = new ArrayList<>();
            Set<String> operations = new TreeSet<>();
            Set<Integer> statuses = new TreeSet<>();
            int checkedBodies = 0;
            for (PowerOfficeExchange exchange : sandbox.exchanges) {
                statuses.add(exchange.status());
                violations.addAll(headerViolations(exchange));
                if (exchange.path().equalsIgnoreCase("/OAuth/Token")) {
                    violations.addAll(tokenViolations(exchange));
                    continue;
                }
                violations.addAll(contract.violations(exchange));
                violations.addAll(downloadViolations(exchange));
                contract.operation(exchange.method(), PowerOfficeOpenApiContract.apiPath(exchange.path()))
                        .ifPresent(o -> operations.add(o.method() + " " + o.template()));
                checkedBodies += exchange.status() == 200 && !exchange.faultInjected() ? 1 : 0;
            }

            assertThat(violations).isEmpty();
            assertThat(operations).contains("get /OrganizationSettings", "get /Customers", "get /OutgoingInvoices",
                    "get /OutgoingInvoices/{id}", "get /Customerledger/EntriesByMatchId",
                    "get /VoucherDocumentation/Download", "get /Customers/{id}", "get /VoucherDocumentation",
                    "get /Customerledger/OpenItems");
            assertThat(statuses).contains(200, 204, 400, 401, 404, 429, 500, 503);
            assertThat(checkedBodies).isGreaterThan(100);
        }
    }

    /**
     * The posting side the simulator accepts already: a bank voucher paying an invoice by KID, then its reversal,
     * each request and answer checked against the contract like the reads.
     */
    @Test
    void aBankVoucherPaysAnInvoiceByKidAndItsReversalUndoesIt() throws Exception {
        try (PowerOfficeSandbox sandbox = PowerOfficeSandbox.small()) {
            UUID client = sandbox.clientId();
            var invoice = sandbox.simulator.invoices(client).stream()
                    .filter(i -> !i.creditNote() && !i.reversed() && sandbox.simulator.balance(client, i.id()).signum() > 0)
                    .findFirst().orElseThrow();
            BigDecimal before = sandbox.simulator.balance(client, invoice.id());
            long account = sandbox.simulator.customers(client).stream().filter(c -> c.id() == invoice.customerId())
                    .findFirst().orElseThrow().subledgerAccountId();
            String token = token(sandbox);
            String voucher = """
                    {"CurrencyCode":"NOK","VoucherDate":"%1$s","Description":"Innbetaling via inkasso","VoucherLines":[
                      {"AccountId":1920,"PostingDate":"%1$s","VatId":null,"CurrencyAmount":100.00},
                      {"AccountId":%2$d,"PostingDate":"%1$s","VatId":null,"CurrencyAmount":-100.00,"Cid":"%3$s"}]}"""
                    .formatted(PowerOfficeSandbox.ANCHOR, account, invoice.cid());

            HttpResponse<byte[]> posted = post(sandbox, token, "/Vouchers/BankJournals", voucher);
            assertThat(posted.statusCode()).isEqualTo(201);
            assertThat(sandbox.simulator.balance(client, invoice.id())).isEqualByComparingTo(before.subtract(
                    new BigDecimal("100.00")));
            String id = JSON.readTree(posted.body()).get("Id").asString();
            assertThat(post(sandbox, token, "/Vouchers/BankJournals", voucher.replace("-100.00", "-90.00"))
                    .statusCode()).as("a voucher must balance").isEqualTo(400);
            assertThat(post(sandbox, token, "/Vouchers/Reverse/" + id, "").statusCode()).isEqualTo(200);
            assertThat(sandbox.simulator.balance(client, invoice.id())).isEqualByComparingTo(before);
            assertThat(post(sandbox, token, "/Vouchers/Reverse/" + invoice.id(), "").statusCode())
                    .as("an invoice the integration did not post").isEqualTo(400);

            List<String> violations = new ArrayList<>();
            sandbox.exchanges.stream().filter(e -> e.method().equals("POST") && !e.path().endsWith("/Token"))
                    .forEach(e -> violations.addAll(contract.violations(e)));
            assertThat(violations).isEmpty();
            assertThat(contract.bodyViolations("POST", "/Vouchers/BankJournals", "application/json",
                    "{\"VoucherLines\":[{\"CurrencyAmount\":\"x\"}]}".getBytes(StandardCharsets.UTF_8)))
                    .anyMatch(v -> v.contains("VoucherDate")).anyMatch(v -> v.contains("AccountId"));
        }
    }

    @Test
    void theValidatorCatchesWrongTypesUnknownPropertiesAndMissingRequiredOnes() {
        String page = "[{\"Id\":\"not-a-uuid\",\"VoucherNo\":\"7\",\"TotalAmount\":1,\"Invoice\":2,"
                + "\"VoucherType\":\"Sale\"}]";

        List<String> violations = contract.responseViolations("GET", "/OutgoingInvoices", 200, "application/json",
                page.getBytes(StandardCharsets.UTF_8));

        assertThat(String.join("\n", violations)).contains("/0/Id", "/0/VoucherNo", "'Invoice'", "/0/VoucherType");
    }

    @Test
    void theValidatorCatchesRequestsOutsideTheContract() {
        assertThat(contract.requestViolations("GET", "/OutgoingInvoices", "PageSize=abc&pageNo=2"))
                .anyMatch(v -> v.startsWith("query parameter PageSize='abc'"))
                .anyMatch(v -> v.equals("query parameter pageNo is not declared for GET /OutgoingInvoices"));
        assertThat(contract.requestViolations("GET", "/OutgoingInvoices", "MaxPageSize=10"))
                .containsExactly("query parameter MaxPageSize is read-only");
        assertThat(contract.requestViolations("GET", "/OutgoingInvoices", "fromDate=23.11.2026")).hasSize(1);
        assertThat(contract.requestViolations("GET", "/Customerledger/Statement", "fromDate=2026-01-01"))
                .containsExactly("required query parameter toDate is missing");
        assertThat(contract.requestViolations("GET", "/OutgoingInvoices/not-a-guid", null)).hasSize(1);
        assertThat(contract.requestViolations("GET", "/Debtors", null)).hasSize(1);
        assertThat(contract.requestViolations("GET", "/outgoinginvoices",
                "balanceLastChangedDateTimeOffsetGreaterThan=2026-11-23T08:00:00.0000000Z&PageNumber=1")).isEmpty();
    }

    private static void changedSinceRead(PowerOfficeSandbox sandbox, LedgerSource source, List<ErpDocument> documents) {
        Instant cursor = sandbox.clock.instant();
        sandbox.clock.advance(Duration.ofMinutes(2));
        ErpDocument open = documents.stream().filter(d -> d.status() == ErpStatus.OVERDUE).findFirst().orElseThrow();
        sandbox.simulator.registerPayment(sandbox.clientId(), UUID.fromString(open.externalId()),
                NewPayment.byKid(PowerOfficeSandbox.ANCHOR, new BigDecimal("100.00")));
        source.customers(cursor, customer -> { });
        List<ErpDocument> changed = new ArrayList<>();
        source.documents(new DocumentQuery(ALL.fromDate(), ALL.toDate(), cursor), changed::add);
        assertThat(changed).extracting(ErpDocument::externalId).containsExactly(open.externalId());
        LedgerSource fresh = sandbox.open(); // nothing remembered from a listing: the invoice is fetched by id
        fresh.balance(open);
    }

    private static void faultCases(PowerOfficeSandbox sandbox) {
        Map<String, String> keys = sandbox.client.credentials().asMap();
        for (String wrong : List.of("applicationKey", "clientKey", "subscriptionKey")) {
            Map<String, String> credentials = new HashMap<>(keys);
            credentials.put(wrong, "not-" + credentials.get(wrong));
            attempt(sandbox, sandbox.connection(PowerOfficeSandbox.ORGANISATION_NUMBER, credentials),
                    PowerOfficeSandbox.SETTINGS);
        }
        List<List<Fault>> plans = List.of(List.of(Fault.rateLimited(3), Fault.rateLimited(3)),
                Collections.nCopies(8, Fault.rateLimited(2)), List.of(Fault.serverError(), Fault.unavailable()),
                List.of(Fault.malformedJson()), List.of(Fault.passThrough(), Fault.truncatedPage()),
                List.of(Fault.missingProperty("Id")));
        for (List<Fault> plan : plans) {
            sandbox.simulator.injectFaults(sandbox.clientId(), plan.toArray(Fault[]::new));
            attempt(sandbox, sandbox.connection(), PowerOfficeSandbox.SETTINGS);
            sandbox.simulator.clearFaults(sandbox.clientId());
        }
        sandbox.simulator.injectFaults(sandbox.clientId(), 3, Fault.delay(Duration.ofSeconds(30)));
        attempt(sandbox, sandbox.connection(),
                new PowerOfficeSettings(Duration.ofSeconds(2), Duration.ofMillis(500), 100, 8, 3));
        sandbox.simulator.clearFaults(sandbox.clientId());
    }

    private static void attempt(PowerOfficeSandbox sandbox, ConnectionDetails connection, PowerOfficeSettings settings) {
        LedgerSource source = sandbox.connector(settings).open(connection);
        catchThrowableOfType(AccountingSystemException.class, () -> source.documents(ALL, document -> { }));
    }

    /** A few PDFs of each kind, and one of a voucher PowerOffice lacks. */
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

    /** Calls the connector does not make but the simulator serves, and refusals it answers with ProblemDetails. */
    private static void directCalls(PowerOfficeSandbox sandbox) throws Exception {
        String token = token(sandbox);
        ErpDocument any = new ArrayList<ErpDocument>() {
            {
                sandbox.open().documents(ALL, this::add);
            }
        }.getFirst();
        long customer = sandbox.simulator.customers(sandbox.clientId()).getFirst().id();
        assertThat(get(sandbox, token, "/Customers/" + customer, "").statusCode()).isEqualTo(200);
        assertThat(get(sandbox, token, "/Customers/999", "").statusCode()).isEqualTo(404);
        assertThat(get(sandbox, token, "/VoucherDocumentation", "id=" + any.externalId()).statusCode()).isEqualTo(200);
        assertThat(get(sandbox, token, "/Customerledger/OpenItems",
                "date=" + sandbox.simulator.today() + "&customerNos=10000-10010").statusCode())
                .isEqualTo(200);
        assertThat(get(sandbox, token, "/OutgoingInvoices", "PageSize=20001").statusCode()).isEqualTo(400);
        assertThat(get(sandbox, token, "/OutgoingInvoices", "fromDate=2031-01-01").statusCode()).isEqualTo(204);
    }

    /** Direct calls wait out the throttle's second first, as a polite client would. */
    private static String token(PowerOfficeSandbox sandbox) throws IOException, InterruptedException {
        sandbox.clock.advance(Duration.ofSeconds(1));
        var keys = sandbox.client.credentials();
        String basic = Base64.getEncoder().encodeToString((keys.applicationKey() + ":" + keys.clientKey())
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(sandbox.simulator.tokenUrl())
                .header("Authorization", "Basic " + basic)
                .header("Ocp-Apim-Subscription-Key", keys.subscriptionKey())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(answer.body()).get("access_token").asString();
    }

    private static HttpResponse<byte[]> get(PowerOfficeSandbox sandbox, String token, String path, String query)
            throws IOException, InterruptedException {
        sandbox.clock.advance(Duration.ofSeconds(1));
        URI uri = URI.create(sandbox.simulator.baseUrl() + path + (query.isEmpty() ? "" : "?" + query));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Ocp-Apim-Subscription-Key", sandbox.client.credentials().subscriptionKey()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<byte[]> post(PowerOfficeSandbox sandbox, String token, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.simulator.baseUrl() + path))
                .header("Authorization", "Bearer " + token)
                .header("Ocp-Apim-Subscription-Key", sandbox.client.credentials().subscriptionKey());
        if (!body.isEmpty()) {
            request.header("Content-Type", "application/json");
        }
        return HttpClient.newHttpClient().send(request.POST(body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Every call through the gateway carries the subscription key; every API call a Bearer token. */
    private static List<String> headerViolations(PowerOfficeExchange exchange) {
        List<String> problems = new ArrayList<>();
        String call = exchange.method() + " " + exchange.path() + ": ";
        if (header(exchange, "Ocp-Apim-Subscription-Key").isBlank()) {
            problems.add(call + "no Ocp-Apim-Subscription-Key header");
        }
        if (!exchange.path().equalsIgnoreCase("/OAuth/Token") && !header(exchange, "Authorization").startsWith("Bearer ")) {
            problems.add(call + "no Bearer token");
        }
        return problems;
    }

    /** The token endpoint is outside the OpenAPI document; its shape (RFC 6749 section 4.4) is checked here. */
    private static List<String> tokenViolations(PowerOfficeExchange exchange) {
        List<String> problems = new ArrayList<>();
        Map<String, String> fields = new HashMap<>();
        for (String pair : new String(exchange.requestBody(), StandardCharsets.UTF_8).split("&")) {
            String[] parts = pair.split("=", 2);
            fields.put(parts[0], URLDecoder.decode(parts.length > 1 ? parts[1] : "", StandardCharsets.UTF_8));
        }
        if (!exchange.method().equals("POST") || !"client_credentials".equals(fields.get("grant_type"))
                || fields.size() != 1 || !header(exchange, "Authorization").startsWith("Basic ")
                || !header(exchange, "Content-Type").startsWith("application/x-www-form-urlencoded")) {
            problems.add("token request is no client-credentials grant with Basic application and client key");
        }
        JsonNode answer = JSON.readTree(exchange.responseBody());
        boolean granted = exchange.status() == 200 && answer.path("access_token").isString()
                && answer.path("token_type").asString().equals("Bearer") && answer.path("expires_in").isInt();
        boolean refused = exchange.status() >= 400 && (answer.path("error").isString()
                || answer.path("message").isString());
        if (!granted && !refused) {
            problems.add("token answer " + exchange.status() + " is neither a grant nor an error");
        }
        return problems;
    }

    /** The contract declares no body for the download; it must be a zip holding one PDF. */
    private static List<String> downloadViolations(PowerOfficeExchange exchange) throws IOException {
        if (!exchange.path().endsWith("/VoucherDocumentation/Download") || exchange.status() != 200
                || exchange.faultInjected()) {
            return List.of();
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(exchange.responseBody()))) {
            var entry = zip.getNextEntry();
            byte[] pdf = zip.readAllBytes();
            if (entry == null || !entry.getName().endsWith(".pdf") || pdf.length < 5
                    || !new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
                return List.of(exchange.path() + ": the download is no zip holding a PDF");
            }
        }
        return List.of();
    }

    private static String header(PowerOfficeExchange exchange, String name) {
        return exchange.requestHeaders().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                .map(h -> h.getValue().getFirst()).findFirst().orElse("");
    }
}
