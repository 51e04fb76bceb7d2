package org.reskontro.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reskontro.platform.web.CalculatorRateLimitProperties;
import org.reskontro.testing.Http;
import org.reskontro.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The reference and organisation-number calculators over real HTTP, without signing in (issue 4, LEGAL.md 5 and 6). */
@IntegrationTest
class ReferencesApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    CalculatorRateLimitProperties rateLimit;

    private Http anonymous() {
        return Http.anonymous(port);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            // LEGAL.md 5.1-5.5 vectors
            "kid-mod10, 1234, 12344, 12344",
            "kid-mod11, 1234, 12343, 12343",
            "fik71, 00000000000001, 000000000000018, 000000000000018",
            "se-ocr, 12345, 1234574, 1234574",
            "se-ocr-check-digit, 12345, 123455, 123455",
            "fi-ref, 123456, 1234561, 12 34561",
            "rf, 2348236, RF332348236, RF33 2348 236",
            "RF, inv2024a7, RF29INV2024A7, RF29 INV2 024A 7"
    })
    void generatesAReferenceWithoutSigningIn(String scheme, String payload, String reference, String printed) {
        Http.Response response = anonymous().get("/api/v1/references/" + scheme + "?payload=" + payload);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode json = response.json();
        assertThat(json.get("reference").asString()).isEqualTo(reference);
        assertThat(json.get("scheme").asString()).isEqualTo(scheme.toLowerCase());
        assertThat(json.get("printed").asString()).isEqualTo(printed);
    }

    @Test
    void anInvalidReferenceIsAnAnswerWithItsReasonNotAnError() {
        JsonNode valid = ok("/api/v1/references/rf/validation?value=rf18%205390%200754%207034");
        assertThat(valid.get("valid").asBoolean()).isTrue();
        assertThat(valid.get("normalised").asString()).isEqualTo("RF18539007547034");
        assertThat(valid.get("printed").asString()).isEqualTo("RF18 5390 0754 7034");
        assertThat(valid.has("reason")).isFalse();

        JsonNode invalid = ok("/api/v1/references/fik71/validation?value=026840149965327");
        assertThat(invalid.get("valid").asBoolean()).isFalse();
        assertThat(invalid.get("scheme").asString()).isEqualTo("fik71");
        assertThat(invalid.get("reason").asString()).isEqualTo("The check digit is 7, but the digits before it give 8");
        assertThat(invalid.has("printed")).isFalse();

        assertThat(ok("/api/v1/references/kid-mod11/validation?value=2001-").get("valid").asBoolean()).isTrue();
        assertThat(ok("/api/v1/references/fi-ref/validation?value=12%2034561").get("valid").asBoolean()).isTrue();
        assertThat(ok("/api/v1/references/kid-mod10/validation?value=").get("reason").asString()).isEqualTo("The value is empty");
    }

    @Test
    void aHyphenCheckDigitIsRefusedUnlessAskedFor() {
        Http.Response refused = anonymous().get("/api/v1/references/kid-mod11?payload=2001");
        assertBadRequest(refused, "allowHyphen=true");

        JsonNode allowed = ok("/api/v1/references/kid-mod11?payload=2001&allowHyphen=true");
        assertThat(allowed.get("reference").asString()).isEqualTo("2001-");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "/api/v1/references/kid?payload=1234                 | Unknown reference scheme 'kid': expected one of kid-mod10",
            "/api/v1/references/kid/validation?value=12344       | Unknown reference scheme 'kid'",
            "/api/v1/references/kid-mod10                        | The query parameter 'payload' is missing",
            "/api/v1/references/kid-mod10/validation             | The query parameter 'value' is missing",
            "/api/v1/references/kid-mod10?payload=12a4           | '12a4' has 'a' at position 3: a KID (MOD10) has digits only",
            "/api/v1/references/kid-mod10?payload=               | The payload is empty",
            "/api/v1/references/fik71?payload=123456789012345    | its payload can have at most 14",
            "/api/v1/references/kid-mod11?payload=1&allowHyphen=maybe | The parameter 'allowHyphen' must be true or false, not 'maybe'",
            "/api/v1/organisation-numbers/XX/13748136             | Unsupported country 'XX': expected DK, NO, SE or FI"
    })
    void malformedRequestsAre400ProblemJson(String path, String detail) {
        assertBadRequest(anonymous().get(path), detail);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            // LEGAL.md 6: Erhvervsstyrelsen's worked example, Equinor ASA, AB Volvo, a Y-tunnus from python-stdnum
            "DK, 13748136, 13748136", "dk, DK24256790, 24256790", "NO, 923609016, 923609016",
            "SE, 556012-5790, 5560125790", "FI, 2077474-0, 2077474-0"
    })
    void aRealOrganisationNumberIsValid(String country, String number, String normalised) {
        JsonNode json = ok("/api/v1/organisation-numbers/" + country + "/" + number);
        assertThat(json.get("valid").asBoolean()).isTrue();
        assertThat(json.get("country").asString()).isEqualTo(country.toUpperCase());
        assertThat(json.get("normalised").asString()).isEqualTo(normalised);
        assertThat(json.has("reason")).isFalse();
    }

    @Test
    void aWrongOrganisationNumberSaysWhy() {
        JsonNode json = ok("/api/v1/organisation-numbers/DK/13748137");
        assertThat(json.get("valid").asBoolean()).isFalse();
        assertThat(json.get("country").asString()).isEqualTo("DK");
        assertThat(json.get("reason").asString()).isEqualTo("'13748137' is not a valid Danish CVR number (8 digits, modulus 11)");
    }

    @Test
    void theCalculatorsAreInTheOpenApiDocument() {
        JsonNode paths = ok("/v3/api-docs").get("paths");
        assertThat(paths.has("/api/v1/references/{scheme}")).isTrue();
        assertThat(paths.has("/api/v1/references/{scheme}/validation")).isTrue();
        JsonNode organisationNumbers = paths.get("/api/v1/organisation-numbers/{country}/{number}").get("get");
        assertThat(organisationNumbers.get("responses").has("429")).isTrue();
        assertThat(organisationNumbers.get("tags").get(0).asString()).isEqualTo("Calculators");
    }

    @Test
    void aClientOverTheLimitGets429WithRetryAfter() throws Exception {
        // A loopback address of its own, so this client's bucket is not the one the other tests draw from.
        HttpClient client = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.77")).build();
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/references/kid-mod10?payload=1234");
        for (int i = 0; i < rateLimit.capacity(); i++) {
            assertThat(send(client, uri).statusCode()).as("request " + (i + 1)).isEqualTo(200);
        }

        HttpResponse<String> refused = send(client, uri);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isPositive();
        assertThat(refused.body()).contains("\"status\":429");

        assertThat(anonymous().get("/api/v1/references/kid-mod10?payload=1234").status()).as("other clients").isEqualTo(200);
    }

    private JsonNode ok(String path) {
        Http.Response response = anonymous().get(path);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    private static void assertBadRequest(Http.Response response, String detail) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.json().get("detail").asString()).contains(detail);
    }

    private static HttpResponse<String> send(HttpClient client, URI uri) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
