package org.reskontro.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reskontro.creditors.Creditors;
import org.reskontro.ledger.Ledger;
import org.reskontro.platform.security.Operators;
import org.reskontro.simulator.dinero.DineroSimulator;
import org.reskontro.testing.Http;
import org.reskontro.testing.IntegrationTest;
import org.reskontro.testing.SimulatedDinero;
import org.reskontro.testing.TestOperators;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Dunning over HTTP: the policy and its versions, a run, next actions, preview, a hold, and tenant isolation. */
@IntegrationTest
class DunningApiIntegrationTests {

    @LocalServerPort int port;
    @Autowired Creditors creditors;
    @Autowired Operators operators;
    @Autowired DineroSimulator simulator;
    @Autowired Ledger ledger;

    @Test
    void aCreditorUserEditsThePolicyRunsAndSeesEveryInvoicesNextAction() {
        var mine = SimulatedDinero.creditor(creditors, simulator, "Dunning API ApS", 6, 30, 200);
        ledger.runSync(mine.creditor().id(), ledger.queueSync(mine.creditor().id(), "test"));
        Http user = Http.basic(port, TestOperators.creditorUser(operators, mine.creditor().id()), TestOperators.PASSWORD);
        String base = "/api/v1/creditors/" + mine.creditor().id() + "/dunning";

        JsonNode policy = user.get(base + "/policy").json();
        assertThat(policy.get("version").asInt()).isEqualTo(1);
        assertThat(policy.get("steps")).hasSize(4);
        assertThat(policy.get("steps").get(0).get("type").asString()).isEqualTo("DUNNING_LETTER");

        Http.Response saved = user.put(base + "/policy", Map.of("name", "Strict", "minimumAmount", "100.00",
                "reminderFeeAgreed", false, "steps", List.of(
                        Map.of("type", "DUNNING_LETTER", "delayDays", 1, "from", "DUE_DATE", "deadlineDays", 10,
                                "channel", "EMAIL", "chargeFee", true, "chargeInterest", true),
                        Map.of("type", "COLLECTION_HANDOVER", "delayDays", 1, "from", "PREVIOUS_DEADLINE",
                                "deadlineDays", 0, "channel", "LETTER", "needsApproval", true))));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("version").asInt()).isEqualTo(2);
        assertThat(saved.json().get("name").asString()).isEqualTo("Strict");

        Http.Response bad = user.put(base + "/policy", Map.of("name", "Bad", "minimumAmount", "0", "steps", List.of(
                Map.of("type", "COLLECTION_HANDOVER", "delayDays", 1, "from", "DUE_DATE", "deadlineDays", 0,
                        "channel", "LETTER"),
                Map.of("type", "DUNNING_LETTER", "delayDays", 1, "from", "DUE_DATE", "deadlineDays", 10,
                        "channel", "EMAIL"))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("detail").asString()).contains("hand-over to collection can only be the last step");

        JsonNode run = user.post(base + "/runs?date=" + simulator.today(), "{}").json();
        assertThat(run.get("invoicesEvaluated").asInt()).isPositive();
        JsonNode again = user.post(base + "/runs?date=" + simulator.today(), "{}").json();
        assertThat(again.get("stepsIssued").asInt()).isZero();

        JsonNode actions = user.get(base + "/next-actions").json();
        assertThat(actions).isNotEmpty();
        assertThat(actions).allSatisfy(a -> assertThat(a.get("action").asString()).isIn("ISSUE", "WAIT", "NONE"));
        String document = actions.get(0).get("documentId").asString();
        assertThat(user.put(base + "/documents/" + document + "/hold",
                Map.of("pausedUntil", simulator.today().plusDays(20).toString(), "disputed", false,
                        "reason", "Debtor asked for time")).status()).isEqualTo(200);
        user.post(base + "/runs?date=" + simulator.today().plusDays(1), "{}");
        JsonNode timeline = user.get(base + "/documents/" + document + "/timeline").json();
        assertThat(timeline.get(timeline.size() - 1).get("reason").asString()).isEqualTo("PAUSED");
        assertThat(user.get(base + "/preview?days=30").status()).isEqualTo(200);
    }

    @Test
    void aDebtorWithAPolicyOfItsOwnIsFollowedUpByIt() {
        var mine = SimulatedDinero.creditor(creditors, simulator, "Own Policy ApS", 4, 20, 200);
        ledger.runSync(mine.creditor().id(), ledger.queueSync(mine.creditor().id(), "test"));
        Http user = Http.basic(port, TestOperators.creditorUser(operators, mine.creditor().id()), TestOperators.PASSWORD);
        String base = "/api/v1/creditors/" + mine.creditor().id() + "/dunning";
        JsonNode gentle = user.post(base + "/policies", Map.of("name", "Gentle", "minimumAmount", "0", "steps", List.of(
                Map.of("type", "REMINDER", "delayDays", 365, "from", "DUE_DATE", "deadlineDays", 14,
                        "channel", "EMAIL")))).json();
        assertThat(user.get(base + "/policies").json()).hasSize(2);
        var item = ledger.openItems(mine.creditor().id(), null, 1).getFirst();
        assertThat(user.put(base + "/debtors/" + item.debtorExternalId() + "/policy",
                Map.of("policyId", gentle.get("id").asString())).status()).isEqualTo(200);

        user.post(base + "/runs?date=" + simulator.today(), "{}");

        JsonNode actions = user.get(base + "/next-actions").json();
        for (JsonNode action : actions) {
            if (action.get("debtor").asString().equals(item.debtorExternalId())) {
                assertThat(action.get("stepType").isNull() || action.get("stepType").asString().equals("REMINDER"))
                        .as("invoice %s", action.get("number")).isTrue();
            }
        }
        assertThat(user.put(base + "/debtors/x/policy", Map.of("policyId", java.util.UUID.randomUUID().toString()))
                .status()).isEqualTo(400);
    }

    @Test
    void theLetterheadIsSetWithItsLogoAndBadInputIsRefused() throws Exception {
        var mine = SimulatedDinero.creditor(creditors, simulator, "Letterhead ApS", 2, 4, 100);
        Http user = Http.basic(port, TestOperators.creditorUser(operators, mine.creditor().id()), TestOperators.PASSWORD);
        String path = "/api/v1/creditors/" + mine.creditor().id() + "/letterhead";
        var image = new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        String logo = java.util.Base64.getEncoder().encodeToString(png.toByteArray());

        Http.Response saved = user.put(path, Map.of("address", List.of("Vestergade 1", "1456 København K"),
                "email", "bogholderi@example.dk", "paymentAccount", "DK50 0040 0440 1162 43", "logoPngBase64", logo));
        assertThat(saved.status()).isEqualTo(200);
        JsonNode read = user.get(path).json();
        assertThat(read.get("paymentAccount").asString()).isEqualTo("DK50 0040 0440 1162 43");
        assertThat(read.get("logoPngBase64").asString()).isEqualTo(logo);

        Http.Response bad = user.put(path, Map.of("email", "not-an-address", "logoPngBase64",
                java.util.Base64.getEncoder().encodeToString("GIF89a".getBytes())));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get("email").asString()).contains("not an e-mail address");
        assertThat(bad.json().get("errors").get("logo").asString()).contains("PNG");
    }

    @Test
    void anotherCreditorsDunningIsNotFound() {
        var theirs = SimulatedDinero.creditor(creditors, simulator, "Their Dunning ApS", 2, 4, 100);
        var mine = SimulatedDinero.creditor(creditors, simulator, "My Dunning ApS", 2, 4, 100);
        Http user = Http.basic(port, TestOperators.creditorUser(operators, mine.creditor().id()), TestOperators.PASSWORD);
        assertThat(user.get("/api/v1/creditors/" + theirs.creditor().id() + "/dunning/policy").status()).isEqualTo(404);
        assertThat(user.post("/api/v1/creditors/" + theirs.creditor().id() + "/dunning/runs", "{}").status())
                .isEqualTo(404);
    }
}
