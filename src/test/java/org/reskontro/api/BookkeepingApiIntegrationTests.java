package org.reskontro.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reskontro.creditors.Creditors;
import org.reskontro.platform.security.Operators;
import org.reskontro.simulator.dinero.DineroSimulator;
import org.reskontro.testing.ConsoleSession;
import org.reskontro.testing.Http;
import org.reskontro.testing.IntegrationTest;
import org.reskontro.testing.SimulatedDinero;
import org.reskontro.testing.TestOperators;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Bookkeeping over HTTP and in the console: settings with their checks, an empty outbox, and tenant isolation. */
@IntegrationTest
class BookkeepingApiIntegrationTests {

    @LocalServerPort int port;
    @Autowired Creditors creditors;
    @Autowired Operators operators;
    @Autowired DineroSimulator simulator;

    @Test
    void settingsStartFromTheSystemsDefaultsAndAreCheckedWhenSaved() {
        var mine = SimulatedDinero.creditor(creditors, simulator, "Bookkeeping API ApS", 2, 4, 100);
        Http user = Http.basic(port, TestOperators.creditorUser(operators, mine.creditor().id()), TestOperators.PASSWORD);
        String base = "/api/v1/creditors/" + mine.creditor().id() + "/bookkeeping";

        JsonNode defaults = user.get(base + "/settings").json();
        assertThat(defaults.get("mode").asString()).isEqualTo("DIRECT");
        assertThat(defaults.get("depositAccount").asString()).isEqualTo("55000");

        Map<String, Object> chosen = new HashMap<>(Map.of("mode", "PROPOSAL", "feeAccount", "1150",
                "interestAccount", "1150", "depositAccount", "55000", "paymentDays", 8,
                "feeText", "Gebyr {customerNo}/{invoiceNo} ID {id}", "notesEmail", "bogholderi@example.dk"));
        assertThat(user.put(base + "/settings", chosen).status()).isEqualTo(200);
        assertThat(user.get(base + "/settings").json().get("mode").asString()).isEqualTo("PROPOSAL");

        chosen.put("feeText", "Gebyr uden nøgle");
        Http.Response noId = user.put(base + "/settings", chosen);
        assertThat(noId.status()).isEqualTo(400);
        assertThat(noId.json().get("detail").asString()).contains("{id}");
        chosen.remove("feeText");
        chosen.put("paymentDays", 400);
        assertThat(user.put(base + "/settings", chosen).json().get("detail").asString()).contains("0 to 90 days");

        JsonNode outbox = user.get(base + "/outbox").json();
        assertThat(outbox.get("entries")).isEmpty();
        assertThat(user.get(base + "/charges").json()).isEmpty();
        assertThat(user.post(base + "/outbox/00000000-0000-0000-0000-000000000001/resend", "{}").status()).isEqualTo(404);
        assertThat(user.post(base + "/charges/not-a-uuid/write-off", Map.of("reason", "x")).status()).isEqualTo(404);

        ConsoleSession console = new ConsoleSession(port, TestOperators.creditorUser(operators, mine.creditor().id()));
        var page = console.get("/creditors/" + mine.creditor().id() + "/bookkeeping");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("bookkeeping-settings", "bogholderi@example.dk");
    }

    @Test
    void anotherCreditorsUserSeesNothing() {
        var mine = SimulatedDinero.creditor(creditors, simulator, "Bookkeeping Mine ApS", 1, 2, 100);
        var theirs = SimulatedDinero.creditor(creditors, simulator, "Bookkeeping Theirs ApS", 1, 2, 100);
        Http user = Http.basic(port, TestOperators.creditorUser(operators, mine.creditor().id()), TestOperators.PASSWORD);
        String base = "/api/v1/creditors/" + theirs.creditor().id() + "/bookkeeping";

        assertThat(user.get(base + "/settings").status()).isEqualTo(404);
        assertThat(user.get(base + "/outbox").status()).isEqualTo(404);
        assertThat(user.post(base + "/fee-posting", "{}").status()).isEqualTo(404);
        assertThat(user.get(base + "/claims").status()).isEqualTo(404);
        ConsoleSession console = new ConsoleSession(port, TestOperators.creditorUser(operators, mine.creditor().id()));
        assertThat(console.get("/creditors/" + theirs.creditor().id() + "/bookkeeping").statusCode()).isEqualTo(404);
    }
}
