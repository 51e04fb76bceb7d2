package org.reskontro.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.platform.security.Operators;
import org.reskontro.testing.Http;
import org.reskontro.testing.IntegrationTest;
import org.reskontro.testing.TestCreditors;
import org.reskontro.testing.TestOperators;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who may see what through the API (I5): basic auth, bearer tokens, and one creditor never seeing another. */
@IntegrationTest
class ApiSecurityIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Creditors creditors;

    @Autowired
    Operators operators;

    @Test
    void anonymousCallersAreRefusedButHealthAndTheOpenApiDocumentArePublic() {
        assertThat(Http.anonymous(port).get("/api/v1/creditors").status()).isEqualTo(401);
        Http.Response health = Http.anonymous(port).get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        Http.Response docs = Http.anonymous(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/v1/creditors/{creditorId}/open-items")).isTrue();
        assertThat(docs.json().get("paths").has("/api/v1/creditors/{creditorId}/syncs")).isTrue();
    }

    @Test
    void wrongPasswordAndUnknownTokenAre401() {
        String admin = TestOperators.admin(operators);
        assertThat(Http.basic(port, admin, "wrong").get("/api/v1/creditors").status()).isEqualTo(401);
        assertThat(Http.bearer(port, "rsk_not-a-token").get("/api/v1/creditors").status()).isEqualTo(401);
    }

    @Test
    void aCreditorUserSeesOnlyItsOwnCreditor() {
        Creditor mine = TestCreditors.danish(creditors, "Mine ApS", LocalDate.of(2026, 1, 1));
        Creditor theirs = TestCreditors.danish(creditors, "Theirs ApS", LocalDate.of(2026, 1, 1));
        Http user = Http.basic(port, TestOperators.creditorUser(operators, mine.id()), TestOperators.PASSWORD);

        assertThat(user.get("/api/v1/creditors").json().findValuesAsString("id")).containsExactly(mine.id().toString());
        assertThat(user.get("/api/v1/creditors/" + mine.id()).status()).isEqualTo(200);
        for (String path : new String[] {"", "/open-items", "/debtors", "/aging", "/syncs"}) {
            assertThat(user.get("/api/v1/creditors/" + theirs.id() + path).status()).as(path).isEqualTo(404);
        }
        assertThat(user.post("/api/v1/creditors/" + theirs.id() + "/syncs", "{}").status()).isEqualTo(404);
        assertThat(user.post("/api/v1/creditors", Map.of("name", "X")).status()).as("only admins create").isEqualTo(403);

        for (String page : new String[] {"", "/connection", "/syncs", "/debtors/any", "/sync-status"}) {
            assertThat(user.get("/creditors/" + theirs.id() + page).status()).as("console " + page).isEqualTo(404);
        }
        assertThat(user.get("/creditors/" + mine.id()).status()).isEqualTo(200);
        assertThat(user.get("/creditors/new").status()).as("console: only admins create").isEqualTo(403);
    }

    @Test
    void aBearerTokenIsBoundToItsCreditorAndCannotMintTokens() {
        Creditor mine = TestCreditors.danish(creditors, "Token ApS", LocalDate.of(2026, 1, 1));
        Creditor theirs = TestCreditors.danish(creditors, "Other ApS", LocalDate.of(2026, 1, 1));
        Http admin = Http.basic(port, TestOperators.admin(operators), TestOperators.PASSWORD);

        Http.Response issued = admin.post("/api/v1/creditors/" + mine.id() + "/api-tokens", Map.of("name", "erp"));
        assertThat(issued.status()).isEqualTo(201);
        String token = issued.json().get("token").asString();
        assertThat(token).startsWith("rsk_");
        assertThat(admin.get("/api/v1/creditors/" + mine.id() + "/api-tokens").body()).doesNotContain(token);

        Http bearer = Http.bearer(port, token);
        assertThat(bearer.get("/api/v1/creditors/" + mine.id() + "/aging").status()).isEqualTo(200);
        assertThat(bearer.get("/api/v1/creditors/" + theirs.id() + "/aging").status()).isEqualTo(404);
        assertThat(bearer.post("/api/v1/creditors/" + mine.id() + "/api-tokens", Map.of("name", "x")).status())
                .isEqualTo(403);
    }

    @Test
    void anAdminCreatesACreditorWithItsConnectionAndBadInputGetsFieldErrors() {
        Http admin = Http.basic(port, TestOperators.admin(operators), TestOperators.PASSWORD);
        Http.Response bad = admin.post("/api/v1/creditors", Map.of("name", "Bad", "country", "DK",
                "organisationNumber", "12345678", "currency", "DKK", "timeZone", "Europe/Copenhagen",
                "startDate", "2026-01-01"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").has("organisationNumber")).isTrue();

        Http.Response created = admin.post("/api/v1/creditors", Map.of("name", "Good ApS", "country", "DK",
                "organisationNumber", TestCreditors.nextCvr(), "currency", "DKK", "timeZone", "Europe/Copenhagen",
                "startDate", "2026-01-01", "connection", Map.of("system", "dinero", "organisationId", "42",
                        "apiBaseUrl", "http://127.0.0.1:1", "credentials",
                        Map.of("clientId", "id", "clientSecret", "s3cret", "apiKey", "k3y"))));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("s3cret", "k3y");
        assertThat(created.json().get("connection").get("apiBaseUrl").asString()).isEqualTo("http://127.0.0.1:1");
        assertThat(created.json().get("connection").get("tokenUrl").asString())
                .isEqualTo("https://authz.dinero.dk/dineroapi/oauth/token");
    }
}
