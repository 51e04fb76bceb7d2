package org.reskontro.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reskontro.testing.Http;
import org.reskontro.testing.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The public rules calculators over real HTTP, without signing in: answers, explanations, and clear 400s. */
@IntegrationTest
class RulesApiIntegrationTests {

    @LocalServerPort int port;

    @Test
    void interestWithItsSegmentsAndExplanation() {
        Http.Response response = Http.anonymous(port)
                .get("/api/v1/rules/NO/interest?principal=10000.00&dueDate=2024-01-15&paidDate=2024-03-31");

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("interest").asString()).isEqualTo("259.56");
        assertThat(body.get("days").asInt()).isEqualTo(76);
        assertThat(body.get("currency").asString()).isEqualTo("NOK");
        assertThat(body.get("segments")).hasSize(1);
        assertThat(body.get("segments").get(0).get("yearDays").asInt()).isEqualTo(366);
        assertThat(body.get("explanation").get("statute").asString()).contains("Forsinkelsesrenteloven");
        assertThat(body.get("explanation").get("steps").get(1).asString())
                .contains("10000.00 NOK × 12.5 % × 76 / 366");
    }

    @Test
    void theRateAndTheExplanationInTheReadersLanguage() {
        Http.Response rate = Http.anonymous(port).get("/api/v1/rules/DK/rate?date=2024-03-01");
        assertThat(rate.json().get("ratePercent").asString()).isEqualTo("11.75");
        assertThat(rate.json().get("dayCount").asString()).isEqualTo("E30_360");

        Http.Response danish = Http.anonymous(port).get("/api/v1/rules/DK/interest-start?demandSent=2026-01-10",
                Map.of("Accept-Language", "da"));
        assertThat(danish.json().get("from").asString()).isEqualTo("2026-02-09");
        assertThat(danish.json().get("explanation").get("steps").get(0).asString()).startsWith("Ingen aftalt forfaldsdag");
    }

    @Test
    void oneFeePerLetterInOrderWithTheReason() {
        Map<String, Object> body = Map.of("debtor", "consumer", "dueDate", "2025-01-01", "principal", "1000.00",
                "reminderFeeAgreed", false, "letters", List.of(
                        Map.of("type", "reminder", "sent", "2025-01-10"),
                        Map.of("type", "reminder", "sent", "2025-01-20"),
                        Map.of("type", "payment-demand", "sent", "2025-02-10")));

        Http.Response response = Http.anonymous(port).post("/api/v1/rules/NO/letters", body);

        assertThat(response.status()).isEqualTo(200);
        JsonNode fees = response.json().get("fees");
        assertThat(fees).hasSize(3);
        assertThat(fees.get(0).get("amount").asString()).isEqualTo("0.00");
        assertThat(fees.get(0).get("reason").asString()).contains("earlier than 14 days");
        assertThat(fees.get(1).get("amount").asString()).isEqualTo("35.00");
        assertThat(fees.get(2).get("amount").asString()).isEqualTo("105.00");
        assertThat(response.json().get("total").asString()).isEqualTo("140.00");
    }

    @Test
    void compensationAndCaps() {
        assertThat(Http.anonymous(port).get("/api/v1/rules/SE/compensation?debtor=business&date=2025-03-01")
                .json().get("amount").asString()).isEqualTo("450.00");
        assertThat(Http.anonymous(port).get("/api/v1/rules/DK/collection-cost-cap?claim=600000.00&date=2025-01-01")
                .json().get("amount").asString()).isEqualTo("7400.00");
        assertThat(Http.anonymous(port).get("/api/v1/rules/NO/collection-salary-cap?principal=500.00&debtor=consumer"
                + "&stage=light&vatDeductible=true&date=2026-02-01").json().get("amount").asString()).isEqualTo("187.50");
    }

    @ParameterizedTest(name = "{0} → 400 mentioning \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            /api/v1/rules/XX/rate?date=2024-01-01                                                  | Unsupported country
            /api/v1/rules/NO/interest?principal=-5.00&dueDate=2024-01-15&paidDate=2024-03-31        | must not be negative
            /api/v1/rules/NO/interest?principal=100.00&dueDate=2024-03-31&paidDate=2024-01-15       | before the due date
            /api/v1/rules/NO/interest?principal=100.00&dueDate=2026-11-01&paidDate=2026-12-01       | No NO late-payment interest rate for 2026-11-02
            /api/v1/rules/NO/interest?principal=12a&dueDate=2024-01-15&paidDate=2024-03-31          | must be an amount
            /api/v1/rules/NO/interest?principal=100.00&dueDate=15.01.2024&paidDate=2024-03-31       | YYYY-MM-DD
            /api/v1/rules/NO/interest?dueDate=2024-01-15&paidDate=2024-03-31                        | 'principal' is required
            /api/v1/rules/SE/collection-cost-cap?claim=100.00&date=2025-01-01                       | DK only
            /api/v1/rules/NO/collection-salary-cap?principal=500.00&stage=medium&vatDeductible=true&date=2025-01-01 | expected light or heavy
            /api/v1/rules/DK/compensation?debtor=robot&date=2025-01-01                              | Unknown debtor type
            """)
    void badInputIsAProblemThatSaysWhatIsWrong(String path, String message) {
        Http.Response response = Http.anonymous(port).get(path.trim());
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains(message.trim());
    }

    @Test
    void lettersOutOfOrderAreRefused() {
        Map<String, Object> body = Map.of("debtor", "consumer", "dueDate", "2025-01-01", "principal", "1000.00",
                "letters", List.of(Map.of("type", "reminder", "sent", "2025-02-10"),
                        Map.of("type", "reminder", "sent", "2025-01-20")));
        Http.Response response = Http.anonymous(port).post("/api/v1/rules/DK/letters", body);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("in the order they were sent");
    }
}
