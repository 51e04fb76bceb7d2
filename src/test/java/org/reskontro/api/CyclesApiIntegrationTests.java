package org.reskontro.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.platform.security.Operators;
import org.reskontro.scheduling.CycleFixtures;
import org.reskontro.scheduling.CycleId;
import org.reskontro.scheduling.Cycles;
import org.reskontro.simulator.dinero.DineroSimulator;
import org.reskontro.testing.Http;
import org.reskontro.testing.IntegrationTest;
import org.reskontro.testing.MutableClock;
import org.reskontro.testing.TestCreditors;
import org.reskontro.testing.TestOperators;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The cycle over HTTP: the schedule, "run now" and the history, in the API and the console, per creditor only. */
@IntegrationTest
class CyclesApiIntegrationTests {

    @LocalServerPort int port;
    @Autowired Creditors creditors;
    @Autowired Cycles cycles;
    @Autowired Operators operators;
    @Autowired DineroSimulator simulator;
    @Autowired MutableClock clock;

    @Test
    void theScheduleDefaultsToThreeTimesADayAndTakesOnlySensibleTimes() {
        Creditor creditor = TestCreditors.danish(creditors, "Schedule ApS", LocalDate.of(2026, 1, 1));
        Http user = Http.basic(port, TestOperators.creditorUser(operators, creditor.id()), TestOperators.PASSWORD);
        String path = "/api/v1/creditors/" + creditor.id() + "/schedule";

        JsonNode schedule = user.get(path).json();
        assertThat(schedule.get("timeZone").asString()).isEqualTo("Europe/Copenhagen");
        assertThat(schedule.get("cycleTimes").valueStream().map(JsonNode::asString)).containsExactly("06:00", "12:00", "18:00");
        assertThat(schedule.get("nextCycleAt").isNull()).as("nothing runs without an accounting system").isTrue();

        Http.Response changed = user.put(path, Map.of("cycleTimes", List.of("18:30", "07:00")));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("cycleTimes").valueStream().map(JsonNode::asString)).containsExactly("07:00", "18:30");
        assertThat(creditors.get(creditor.id()).orElseThrow().cycleTimes())
                .containsExactly(LocalTime.of(7, 0), LocalTime.of(18, 30));

        List<String> tooMany = IntStream.range(0, 25).mapToObj(i -> String.format("%02d:%02d", i % 24, i / 24)).toList();
        for (Object bad : List.of(List.of(), List.of("06:00", "06:00"), List.of("25:00"), List.of("06:00:30"), tooMany)) {
            Http.Response refused = user.put(path, Map.of("cycleTimes", bad));
            assertThat(refused.status()).as(bad.toString()).isEqualTo(400);
            assertThat(refused.json().get("errors").has("cycleTimes")).as(bad.toString()).isTrue();
        }
        assertThat(creditors.get(creditor.id()).orElseThrow().cycleTimes()).hasSize(2);
    }

    @Test
    void runNowAnswers202AndTheCycleShowsUpWithItsStepsNewestFirst() {
        Creditor creditor = CycleFixtures.connected(creditors, simulator, "Api Cycle ApS");
        Http user = Http.basic(port, TestOperators.creditorUser(operators, creditor.id()), TestOperators.PASSWORD);
        String base = "/api/v1/creditors/" + creditor.id();
        assertThat(user.get(base + "/schedule").json().get("nextCycleAt").isNull()).isFalse();

        Http.Response started = user.post(base + "/cycles", "{}");
        assertThat(started.status()).isEqualTo(202);
        String id = started.json().get("id").asString();
        assertThat(started.headers().firstValue("Location")).hasValue(base + "/cycles/" + id);
        assertThat(started.json().get("trigger").asString()).startsWith("api:user-");

        await().atMost(Duration.ofSeconds(60))
                .until(() -> !List.of("SCHEDULED", "RUNNING").contains(user.get(base + "/cycles/" + id).json().get("status").asString()));
        JsonNode cycle = user.get(base + "/cycles/" + id).json();
        assertThat(cycle.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(cycle.get("durationMillis").isNumber()).isTrue();
        assertThat(cycle.get("steps").valueStream().map(s -> s.get("step").asString()))
                .containsExactly("FEE_POSTING", "PAYMENT_MONITORING", "PDF_TRANSFER", "POSTING_SYNC", "DUNNING");
        JsonNode sync = cycle.get("steps").get(3);
        assertThat(sync.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(user.get(base + "/syncs/" + sync.get("syncRunId").asString()).status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(1));
        String second = user.post(base + "/cycles", "{}").json().get("id").asString();
        JsonNode history = user.get(base + "/cycles").json();
        assertThat(history.valueStream().map(c -> c.get("id").asString()).toList()).startsWith(second, id);
        await().atMost(Duration.ofSeconds(60)).until(() -> !cycles.cycle(creditor.id(),
                CycleId.of(second)).orElseThrow().active());
    }

    @Test
    void anotherCreditorsScheduleAndCyclesAre404() {
        Creditor mine = TestCreditors.danish(creditors, "Mine Cycles ApS", LocalDate.of(2026, 1, 1));
        Creditor theirs = TestCreditors.danish(creditors, "Their Cycles ApS", LocalDate.of(2026, 1, 1));
        Http user = Http.basic(port, TestOperators.creditorUser(operators, mine.id()), TestOperators.PASSWORD);
        String their = "/api/v1/creditors/" + theirs.id();

        assertThat(user.get(their + "/schedule").status()).isEqualTo(404);
        assertThat(user.put(their + "/schedule", Map.of("cycleTimes", List.of("06:00"))).status()).isEqualTo(404);
        assertThat(user.get(their + "/cycles").status()).isEqualTo(404);
        assertThat(user.post(their + "/cycles", "{}").status()).isEqualTo(404);
        assertThat(user.get("/creditors/" + theirs.id() + "/cycles").status()).as("console").isEqualTo(404);
        assertThat(user.get("/api/v1/creditors/" + mine.id() + "/cycles/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(user.get("/api/v1/creditors/" + mine.id() + "/cycles/not-an-id").status()).isEqualTo(404);
        assertThat(Http.anonymous(port).get("/v3/api-docs").json().get("paths").has("/api/v1/creditors/{creditorId}/cycles"))
                .isTrue();
    }

    @Test
    void theConsolePageSavesTheScheduleAndRunsACycleNow() throws Exception {
        Creditor creditor = CycleFixtures.connected(creditors, simulator, "Console Cycle ApS");
        Console console = new Console(TestOperators.creditorUser(operators, creditor.id()));
        String page = "/creditors/" + creditor.id() + "/cycles";

        HttpResponse<String> shown = console.get(page);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("id=\"run-cycle-now\"", "06:00, 12:00, 18:00", "id=\"next-cycle\"");

        HttpResponse<String> refused = console.post(page + "/schedule", Map.of("cycleTimes", "06:00, 25:00"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"schedule-error\"");

        assertThat(console.post(page + "/schedule", Map.of("cycleTimes", "19:00 7:15")).statusCode()).isEqualTo(302);
        assertThat(creditors.get(creditor.id()).orElseThrow().cycleTimes()).containsExactly(LocalTime.of(7, 15), LocalTime.of(19, 0));

        assertThat(console.post(page, Map.of()).statusCode()).isEqualTo(302);
        var cycle = cycles.recent(creditor.id(), 1).getFirst();
        assertThat(cycle.trigger()).startsWith("console:");
        await().atMost(Duration.ofSeconds(60)).until(() -> !cycles.cycle(creditor.id(), cycle.id()).orElseThrow().active());
        assertThat(console.get(page).body()).contains("data-step=\"POSTING_SYNC\"", "Posting sync", "07:15, 19:00");
    }

    /** A browser-like client: one session cookie, and the CSRF token the console's forms carry. */
    private final class Console {
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private final String authorization;
        private String csrf;

        Console(String user) {
            authorization = "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + TestOperators.PASSWORD).getBytes(StandardCharsets.UTF_8));
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            HttpResponse<String> response = send(request(path).GET());
            Matcher token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(response.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return response;
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
            StringBuilder body = new StringBuilder("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
            form.forEach((k, v) -> body.append('&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", authorization)
                    .header("Accept-Language", "en");
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
