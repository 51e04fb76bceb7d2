package org.reskontro.simulator.poweroffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reskontro.testing.MutableClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The simulator over real HTTP, as a client of PowerOffice Go would meet it. */
class PowerOfficeSimulatorTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MutableClock clock = new MutableClock(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC));
    private final HttpClient http = HttpClient.newHttpClient();
    private final PowerOfficeSimulator simulator = PowerOfficeSimulator.start(0, clock, 10);
    private final PowerOfficeClient client = simulator.createClient("Testklient AS", "923609016");

    @AfterEach
    void stop() {
        simulator.stop();
    }

    @Test
    void theGatewayWantsASubscriptionKeyBeforeAnythingElse() throws Exception {
        HttpResponse<String> none = send(HttpRequest.newBuilder(simulator.baseUrl().resolve("/v2/Customers")).GET());
        HttpResponse<String> wrong = send(HttpRequest.newBuilder(simulator.baseUrl().resolve("/v2/Customers"))
                .header("Ocp-Apim-Subscription-Key", "0123").GET());

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(none.body()).get("message").asString()).startsWith("Access denied due to missing");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(wrong.body()).get("message").asString()).startsWith("Access denied due to invalid");
    }

    @Test
    void theTokenEndpointGrantsClientCredentialsForTheRightKeysOnly() throws Exception {
        HttpResponse<String> granted = token(client.credentials().applicationKey(), client.credentials().clientKey());
        HttpResponse<String> wrong = token(client.credentials().applicationKey(), UUID.randomUUID().toString());
        PowerOfficeClient other = simulator.createClient("Annen AS", "974760673");
        HttpResponse<String> mixed = token(UUID.randomUUID().toString(), other.credentials().clientKey());

        JsonNode grant = JSON.readTree(granted.body());
        assertThat(granted.statusCode()).isEqualTo(200);
        assertThat(grant.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(grant.get("expires_in").asInt()).isEqualTo(1200);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(wrong.body()).get("error").asString()).isEqualTo("invalid_client");
        assertThat(mixed.statusCode()).as("a client key belongs to its application key").isEqualTo(400);
    }

    @Test
    void aTokenOpensItsOwnClientUntilItExpires() throws Exception {
        String token = accessToken();
        assertThat(get(token, "/OrganizationSettings").statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(get(token, "/OrganizationSettings").body()).get("OrganizationNumber").asString())
                .isEqualTo("923609016");

        clock.advance(Duration.ofMinutes(20));
        HttpResponse<String> expired = get(token, "/OrganizationSettings");
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    }

    @Test
    void theThrottleLetsTenRequestsASecondThroughPerSubscriptionKey() throws Exception {
        String token = accessToken();
        clock.advance(Duration.ofSeconds(1));
        int passed = 0;
        HttpResponse<String> refused = null;
        for (int i = 0; i < 12; i++) {
            HttpResponse<String> answer = get(token, "/Customers");
            if (answer.statusCode() == 429) {
                refused = answer;
            } else {
                passed++;
            }
        }
        assertThat(passed).isEqualTo(10);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(JSON.readTree(refused.body()).get("message").asString()).startsWith("Rate limit is exceeded");

        clock.advance(Duration.ofSeconds(1));
        assertThat(get(token, "/Customers").statusCode()).isNotEqualTo(429);
    }

    @Test
    void listsPageFromOneWithAnXPaginationHeaderAndAnEmptyPageIsA204() throws Exception {
        long customer = simulator.addCustomer(client.id(), NewCustomer.company("Side AS", "986105174"));
        for (int i = 0; i < 5; i++) {
            simulator.sendInvoice(client.id(), NewInvoice.of(customer, TODAY, new BigDecimal("100.00")));
        }
        String token = accessToken();

        HttpResponse<String> first = slowly(token, "/OutgoingInvoices?PageNumber=1&PageSize=2");
        HttpResponse<String> last = slowly(token, "/outgoinginvoices?pagenumber=3&pagesize=2");
        HttpResponse<String> beyond = slowly(token, "/OutgoingInvoices?PageNumber=4&PageSize=2");
        HttpResponse<String> tooLarge = slowly(token, "/OutgoingInvoices?PageSize=20001");

        assertThat(JSON.readTree(first.body()).size()).isEqualTo(2);
        JsonNode pagination = JSON.readTree(first.headers().firstValue("X-Pagination").orElseThrow());
        assertThat(pagination.get("totalCount").asInt()).isEqualTo(5);
        assertThat(pagination.get("nextPageLink").asString()).contains("PageNumber=2");
        assertThat(JSON.readTree(last.body()).size()).isEqualTo(1);
        assertThat(JSON.readTree(last.headers().firstValue("X-Pagination").orElseThrow()).get("nextPageLink").isNull())
                .isTrue();
        assertThat(beyond.statusCode()).isEqualTo(204);
        assertThat(beyond.body()).isEmpty();
        assertThat(tooLarge.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(tooLarge.body()).get("detail").asString()).contains("MaxPageSize");
    }

    @Test
    void theBalanceFilterIsExclusiveAndSeesPaymentsAndNewInvoices() throws Exception {
        long customer = simulator.addCustomer(client.id(), NewCustomer.person("Ola", "Nordmann"));
        UUID old = simulator.sendInvoice(client.id(), NewInvoice.of(customer, TODAY, new BigDecimal("100.00")));
        UUID untouched = simulator.sendInvoice(client.id(), NewInvoice.of(customer, TODAY, new BigDecimal("50.00")));
        clock.advance(Duration.ofMinutes(1));
        String cursor = "2026-11-23 09:00:30.0000000 +00:00";
        String atTheChange = "2026-11-23T09:01:00Z";
        simulator.registerPayment(client.id(), old, NewPayment.byKid(TODAY, new BigDecimal("25.00")));
        UUID fresh = simulator.sendInvoice(client.id(), NewInvoice.of(customer, TODAY, new BigDecimal("10.00")));
        String token = accessToken();

        JsonNode changed = JSON.readTree(slowly(token, "/OutgoingInvoices?balanceLastChangedDateTimeOffsetGreaterThan="
                + cursor.replace(" ", "%20").replace("+", "%2B")).body());

        assertThat(changed.findValuesAsString("Id")).containsExactlyInAnyOrder(old.toString(), fresh.toString())
                .doesNotContain(untouched.toString());
        assertThat(slowly(token, "/OutgoingInvoices?balanceLastChangedDateTimeOffsetGreaterThan=" + atTheChange)
                .statusCode()).as("greater than: a change at the timestamp itself is not listed").isEqualTo(204);
        JsonNode paid = changed.get(0);
        assertThat(paid.get("Balance").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(paid.get("MatchId").isNumber()).isTrue();
    }

    @Test
    void matchesSettlePartPaymentsOverpaymentsCreditNotesAndReversals() {
        long customer = simulator.addCustomer(client.id(), NewCustomer.company("Match AS", "986105174"));
        UUID invoice = simulator.sendInvoice(client.id(), NewInvoice.of(customer, TODAY, new BigDecimal("800.00")));
        long part = simulator.registerPayment(client.id(), invoice, NewPayment.byKid(TODAY, new BigDecimal("300.00")));
        assertThat(simulator.balance(client.id(), invoice)).isEqualByComparingTo("700.00");

        UUID note = simulator.sendCreditNote(client.id(), NewCreditNote.of(customer, TODAY, new BigDecimal("200.00")));
        simulator.offset(client.id(), note, invoice);
        assertThat(simulator.balance(client.id(), invoice)).isEqualByComparingTo("450.00");
        assertThat(simulator.balance(client.id(), note)).isZero();

        long over = simulator.registerPayment(client.id(), invoice, NewPayment.byBank(TODAY, new BigDecimal("500.00")));
        assertThat(simulator.balance(client.id(), invoice)).isZero();
        assertThat(entry(over).balance()).isEqualByComparingTo("-50.00");

        simulator.reversePayment(client.id(), part);
        assertThat(simulator.balance(client.id(), invoice)).isEqualByComparingTo("250.00");
        assertThat(entry(over).balance()).isZero();
        assertThat(entry(part).balance()).as("matched with its reversal").isZero();

        UUID mistake = simulator.sendInvoice(client.id(), NewInvoice.of(customer, TODAY, new BigDecimal("40.00")));
        simulator.reverseInvoice(client.id(), mistake);
        assertThat(simulator.invoice(client.id(), mistake).orElseThrow().reversed()).isTrue();
        assertThat(simulator.balance(client.id(), mistake)).isZero();
        assertThatThrownBy(() -> simulator.reverseInvoice(client.id(), invoice)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is matched");
    }

    @Test
    void everyInvoiceCarriesAValidKidMadeOfCustomerAndInvoiceNumber() {
        long customer = simulator.addCustomer(client.id(), NewCustomer.company("Kid AS", "986105174"));
        UUID invoice = simulator.sendInvoice(client.id(), NewInvoice.of(customer, TODAY, BigDecimal.TEN));
        OutgoingInvoice sent = simulator.invoice(client.id(), invoice).orElseThrow();

        assertThat(sent.cid()).isEqualTo("10000" + "0000001" + Kid.mod10("100000000001"));
        assertThat(Kid.valid(sent.cid())).isTrue();
        assertThat(Kid.valid("1000000000011")).isEqualTo(Kid.mod10("100000000001") == 1);
        assertThat(Kid.mod10("7992739871")).as("the Luhn example of ISO/IEC 7812-1").isEqualTo(3);
    }

    @Test
    void anUnknownEndpointOrIdIsAProblemDetails404() throws Exception {
        String token = accessToken();
        HttpResponse<String> unknown = slowly(token, "/Debtors");
        HttpResponse<String> missing = slowly(token, "/OutgoingInvoices/" + UUID.randomUUID());

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(missing.body()).get("title").asString()).isEqualTo("Object(s) not found");
    }

    private LedgerEntry entry(long id) {
        return simulator.ledger(client.id()).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    private String accessToken() throws IOException, InterruptedException {
        return JSON.readTree(token(client.credentials().applicationKey(), client.credentials().clientKey()).body())
                .get("access_token").asString();
    }

    private HttpResponse<String> token(String applicationKey, String clientKey) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((applicationKey + ":" + clientKey)
                .getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(simulator.tokenUrl())
                .header("Authorization", "Basic " + basic)
                .header("Ocp-Apim-Subscription-Key", client.credentials().subscriptionKey())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
    }

    /** One request a second: the throttle never bites. */
    private HttpResponse<String> slowly(String token, String pathAndQuery) throws IOException, InterruptedException {
        clock.advance(Duration.ofSeconds(1));
        return get(token, pathAndQuery);
    }

    private HttpResponse<String> get(String token, String pathAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + pathAndQuery))
                .header("Authorization", "Bearer " + token)
                .header("Ocp-Apim-Subscription-Key", client.credentials().subscriptionKey()).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
