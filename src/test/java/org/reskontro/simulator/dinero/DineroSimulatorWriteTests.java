package org.reskontro.simulator.dinero;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reskontro.testing.MutableClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The simulator's write endpoints over HTTP: drafts, booking, credit notes, payments, and their refusals. */
class DineroSimulatorWriteTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MutableClock clock = new MutableClock(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC));
    private final HttpClient http = HttpClient.newHttpClient();
    private final DineroSimulator simulator = DineroSimulator.start(0, clock, 0);
    private final DineroOrganisation organisation = simulator.createOrganisation("Testfirma ApS");
    private final int org = organisation.id();
    private final UUID customer = simulator.addContact(org, NewContact.company("Kunde A/S", "12345674"));
    private final String token = accessToken();

    @AfterEach
    void stop() {
        simulator.stop();
    }

    @Test
    void aDraftWithAClientChosenGuidIsBookedIntoTheListsAndTheLedger() {
        UUID guid = UUID.randomUUID();
        JsonNode created = ok(post("/v1/" + org + "/invoices", invoice(guid, "reskontro:" + guid, 1150, "100.00")));
        assertThat(created.get("Guid").asString()).isEqualTo(guid.toString());

        JsonNode draft = ok(get("/v1/" + org + "/invoices/" + guid));
        assertThat(draft.get("Status").asString()).isEqualTo("Draft");
        assertThat(draft.get("TimeStamp").asString()).isEqualTo(created.get("TimeStamp").asString()).hasSize(16);
        assertThat(draft.get("TotalInclVat").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(draft.get("TotalVat").decimalValue()).as("a fee account carries no VAT").isZero();

        JsonNode booked = ok(post("/v1/" + org + "/invoices/" + guid + "/book",
                "{\"Timestamp\":\"" + draft.get("TimeStamp").asString() + "\"}"));
        assertThat(booked.get("Number").asLong()).isEqualTo(1);
        assertThat(booked.get("Status").asString()).isEqualTo("Booked");
        assertThat(simulator.document(org, guid).orElseThrow().paymentDate()).isEqualTo(TODAY.plusDays(10));
        JsonNode listed = ok(get("/v1/" + org + "/invoices?fields=Guid,Number,ExternalReference"
                + "&queryFilter=ExternalReference+eq+'reskontro:" + guid + "'"));
        assertThat(listed.get("Collection")).singleElement()
                .satisfies(item -> assertThat(item.get("Number").asLong()).isEqualTo(1));
        JsonNode entries = ok(get("/v1/" + org + "/entries?fromDate=2026-11-01T00:00:00Z&toDate=2026-11-30T00:00:00Z"));
        assertThat(entries.valueStream().map(e -> e.get("AccountNumber").asInt() + " "
                + e.get("Amount").decimalValue().setScale(2)))
                .containsExactlyInAnyOrder("58100 100.00", "1150 -100.00");
    }

    @Test
    void aTakenGuidIsRefusedAndNothingChanges() {
        UUID guid = UUID.randomUUID();
        ok(post("/v1/" + org + "/invoices", invoice(guid, "first", 1150, "100.00")));

        HttpResponse<String> again = post("/v1/" + org + "/invoices", invoice(guid, "second", 1150, "250.00"));

        assertError(again, 400, "EntityAlreadyExists");
        assertThat(JSON.readTree(again.body()).propertyNames()).containsExactly("code", "message");
        assertThat(simulator.documents(org)).singleElement()
                .satisfies(d -> assertThat(d.externalReference()).isEqualTo("first"));
    }

    @Test
    void missingRequiredFieldsAreNamedInOneValidationError() {
        HttpResponse<String> noLines = post("/v1/" + org + "/invoices", "{\"ContactGuid\":\"" + customer + "\"}");
        assertError(noLines, 400, "ValidationError");
        assertThat(noLines.body()).contains("ProductLines is required");

        HttpResponse<String> badLine = post("/v1/" + org + "/invoices", "{\"ContactGuid\":\"" + customer
                + "\",\"ProductLines\":[{\"Description\":\"Gebyr\",\"Quantity\":1,\"BaseAmountValue\":100}]}");
        assertError(badLine, 400, "ValidationError");
        assertThat(badLine.body()).contains("ProductLines[0].AccountNumber is required",
                "ProductLines[0].Discount is required");

        assertError(post("/v1/" + org + "/invoices", invoice(null, null, 4711, "10")), 400, "ValidationError");
        assertError(post("/v1/" + org + "/invoices", invoice(null, null, 1150, "10")
                .replace(customer.toString(), UUID.randomUUID().toString())), 400, "ContactNotFound");
        assertThat(simulator.documents(org)).isEmpty();
    }

    @Test
    void bookingNeedsTheCurrentTimestampAndHappensOnce() {
        UUID guid = UUID.randomUUID();
        String timestamp = ok(post("/v1/" + org + "/invoices", invoice(guid, null, 1000, "80"))).get("TimeStamp")
                .asString();
        assertError(post("/v1/" + org + "/invoices/" + guid + "/book", "{\"Timestamp\":\"0000000000000000\"}"),
                400, "TimestampOutdated");
        assertError(post("/v1/" + org + "/invoices/" + guid + "/book", "{}"), 400, "ValidationError");

        ok(post("/v1/" + org + "/invoices/" + guid + "/book", "{\"Timestamp\":\"" + timestamp + "\"}"));

        assertError(post("/v1/" + org + "/invoices/" + guid + "/book", "{\"Timestamp\":\"" + timestamp + "\"}"),
                400, "AlreadyBooked");
        assertThat(simulator.document(org, guid).orElseThrow().totalInclVat()).isEqualByComparingTo("100.00");
        assertError(post("/v1/" + org + "/invoices/" + UUID.randomUUID() + "/book", "{\"Timestamp\":\"1\"}"), 404,
                "NotFound");
    }

    @Test
    void aCreditNoteForAnInvoiceLowersWhatIsOpenOnIt() {
        UUID invoice = bookedFeeInvoice("reskontro:a", "100.00");
        UUID note = UUID.randomUUID();
        ok(post("/v1/" + org + "/sales/creditnotes", "{\"Guid\":\"" + note + "\",\"CreditNoteFor\":\"" + invoice
                + "\",\"ExternalReference\":\"reskontro:b\",\"ProductLines\":[" + line(1150, "40.00") + "]}"));
        JsonNode draft = ok(get("/v1/" + org + "/sales/creditnotes/" + note));
        assertThat(draft.get("CreditNoteFor").asString()).isEqualTo(invoice.toString());
        assertThat(draft.get("ContactGuid").asString()).as("the invoice's contact").isEqualTo(customer.toString());

        ok(post("/v1/" + org + "/sales/creditnotes/" + note + "/book",
                "{\"Timestamp\":\"" + draft.get("TimeStamp").asString() + "\"}"));

        JsonNode payments = ok(get("/v2/" + org + "/invoices/" + invoice + "/payments"));
        assertThat(payments.get("RemainingAmount").decimalValue()).isEqualByComparingTo("60.00");
        assertThat(ok(get("/v1/" + org + "/sales/creditnotes/" + note)).get("Number").asLong()).isEqualTo(1);
    }

    @Test
    void aPaymentCarriesItsExternalReferenceAndTheTimestampStopsASecondOne() {
        UUID invoice = bookedFeeInvoice("reskontro:c", "100.00");
        String timestamp = ok(get("/v1/" + org + "/invoices/" + invoice)).get("TimeStamp").asString();
        String payment = "{\"Timestamp\":\"" + timestamp + "\",\"DepositAccountNumber\":55000,\"Amount\":-25.50,"
                + "\"Description\":\"Tilbageført\",\"ExternalReference\":\"reskontro:p\",\"PaymentDate\":\"2026-11-20\","
                + "\"RemainderIsFee\":false}";

        JsonNode created = ok(post("/v1/" + org + "/invoices/" + invoice + "/payments", payment));
        assertError(post("/v1/" + org + "/invoices/" + invoice + "/payments", payment), 400, "TimestampOutdated");

        assertThat(created.get("TimeStamp").asString()).isNotEqualTo(timestamp);
        JsonNode listed = ok(get("/v2/" + org + "/invoices/" + invoice + "/payments"));
        assertThat(listed.get("Payments")).singleElement().satisfies(p -> {
            assertThat(p.get("ExternalReference").asString()).isEqualTo("reskontro:p");
            assertThat(p.get("Amount").decimalValue()).isEqualByComparingTo("-25.50");
            assertThat(p.get("PaymentDate").asString()).isEqualTo("2026-11-20");
        });
        assertThat(simulator.paymentsWithExternalReference(org, "reskontro:p")).hasSize(1);
        assertError(post("/v1/" + org + "/invoices/" + invoice + "/payments", "{\"Timestamp\":\"x\"}"), 400,
                "ValidationError");
    }

    @Test
    void aCommitThenFailFaultAppliesTheWriteAndAnswers500() {
        UUID guid = UUID.randomUUID();
        simulator.injectFaults(org, Fault.onPost("/invoices$", Fault.committedThenFailed(500)));

        assertThat(get("/v1/" + org + "/invoices/" + guid).statusCode()).as("a GET passes the aimed fault")
                .isEqualTo(404);
        assertThat(post("/v1/" + org + "/invoices", invoice(guid, "reskontro:x", 1150, "10")).statusCode())
                .isEqualTo(500);

        assertThat(simulator.documentsWithExternalReference(org, "reskontro:x")).hasSize(1);
        assertThat(simulator.pendingFaults(org)).isZero();
    }

    private UUID bookedFeeInvoice(String reference, String amount) {
        UUID guid = UUID.randomUUID();
        String timestamp = ok(post("/v1/" + org + "/invoices", invoice(guid, reference, 1150, amount)))
                .get("TimeStamp").asString();
        ok(post("/v1/" + org + "/invoices/" + guid + "/book", "{\"Timestamp\":\"" + timestamp + "\"}"));
        return guid;
    }

    private String invoice(UUID guid, String reference, int account, String amount) {
        return "{" + (guid == null ? "" : "\"Guid\":\"" + guid + "\",") + "\"ContactGuid\":\"" + customer
                + "\",\"ExternalReference\":" + (reference == null ? "null" : "\"" + reference + "\"")
                + ",\"Date\":\"" + TODAY + "\",\"PaymentConditionNumberOfDays\":10,\"PaymentConditionType\":\"Netto\","
                + "\"Description\":\"Rykkergebyr\",\"ProductLines\":[" + line(account, amount) + "]}";
    }

    private static String line(int account, String amount) {
        return "{\"Description\":\"Gebyr\",\"Quantity\":1,\"Unit\":\"parts\",\"Discount\":0,\"AccountNumber\":"
                + account + ",\"BaseAmountValue\":" + new BigDecimal(amount) + ",\"LineType\":\"Product\"}";
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static void assertError(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(JSON.readTree(response.body()).get("code").asString()).isEqualTo(code);
    }

    private HttpResponse<String> get(String path) {
        return send(request(path).header("Accept", "application/json").GET().build());
    }

    private HttpResponse<String> post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path.replace("'", "%27").replace(" ", "+")))
                .header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String accessToken() {
        DineroCredentials c = organisation.credentials();
        String basic = Base64.getEncoder().encodeToString((c.clientId() + ":" + c.clientSecret())
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = send(HttpRequest.newBuilder(simulator.tokenUrl())
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&scope=read%20write&username="
                        + c.apiKey() + "&password=" + c.apiKey())).build());
        return JSON.readTree(answer.body()).get("access_token").asString();
    }
}
