package org.reskontro.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reskontro.creditors.ConnectionSettings;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.ledger.Documents;
import org.reskontro.ledger.Ledger;
import org.reskontro.ledger.OpenItem;
import org.reskontro.ledger.SyncRunId;
import org.reskontro.platform.security.Operators;
import org.reskontro.shared.AccountingSystemKind;
import org.reskontro.simulator.dinero.DineroDemoData;
import org.reskontro.simulator.dinero.DineroOrganisation;
import org.reskontro.simulator.dinero.DineroSimulator;
import org.reskontro.testing.Http;
import org.reskontro.testing.IntegrationTest;
import org.reskontro.testing.TestCreditors;
import org.reskontro.testing.TestOperators;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Stored PDFs through the API and the console: the bytes as application/pdf, and never another creditor's. */
@IntegrationTest
class DocumentsApiIntegrationTests {

    private static final AtomicLong SEEDS = new AtomicLong(9_500);
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort int port;
    @Autowired Creditors creditors;
    @Autowired Operators operators;
    @Autowired Ledger ledger;
    @Autowired Documents documents;
    @Autowired DineroSimulator simulator;

    Creditor mine;
    Creditor theirs;
    String user;

    @BeforeEach
    void twoSyncedCreditors() {
        mine = syncedCreditor("Mine PDF ApS");
        theirs = syncedCreditor("Theirs PDF ApS");
        user = TestOperators.creditorUser(operators, mine.id());
    }

    @Test
    void aTransferNowReturnsItsCountsAndThenThePdfComesAsApplicationPdf() throws Exception {
        int open = ledger.openItems(mine.id(), null, 10_000).size();

        Http.Response transfer = Http.basic(port, user, TestOperators.PASSWORD)
                .post("/api/v1/creditors/" + mine.id() + "/pdf-transfers", "{}");

        assertThat(transfer.status()).isEqualTo(200);
        assertThat(transfer.json().get("outcome").asString()).isEqualTo("DONE");
        assertThat(transfer.json().get("fetched").asInt()).isEqualTo(open);
        assertThat(transfer.json().get("remaining").asInt()).isZero();
        OpenItem item = ledger.openItems(mine.id(), null, 1).getFirst();
        HttpResponse<byte[]> pdf = get("/api/v1/creditors/" + mine.id() + "/documents/" + item.documentId() + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline;")
                .contains(item.number() + ".pdf");
        assertThat(new String(pdf.body(), StandardCharsets.ISO_8859_1)).startsWith("%PDF-")
                .contains(" nr. " + item.number() + ")");
        assertThat(pdf.body()).isEqualTo(documents.pdf(mine.id(), item.documentId()).orElseThrow().content());
    }

    @Test
    void theOpenApiDocumentDescribesThePdfAsApplicationPdf() {
        var paths = Http.anonymous(port).get("/v3/api-docs").json().get("paths");

        assertThat(paths.has("/api/v1/creditors/{creditorId}/pdf-transfers")).isTrue();
        assertThat(paths.path("/api/v1/creditors/{creditorId}/documents/{documentId}/pdf").path("get")
                .path("responses").path("200").path("content").has("application/pdf")).isTrue();
    }

    @Test
    void anotherCreditorsDocumentIsNotFoundThroughTheApiAndTheConsole() throws Exception {
        documents.transferNewPdfs(mine.id());
        documents.transferNewPdfs(theirs.id());
        UUID myDocument = ledger.openItems(mine.id(), null, 1).getFirst().documentId();
        UUID theirDocument = ledger.openItems(theirs.id(), null, 1).getFirst().documentId();

        assertThat(get("/api/v1/creditors/" + theirs.id() + "/documents/" + theirDocument + "/pdf").statusCode())
                .isEqualTo(404);
        assertThat(get("/api/v1/creditors/" + mine.id() + "/documents/" + theirDocument + "/pdf").statusCode())
                .as("their document under my creditor").isEqualTo(404);
        assertThat(get("/api/v1/creditors/" + mine.id() + "/documents/not-a-uuid/pdf").statusCode()).isEqualTo(404);
        HttpResponse<byte[]> missing = get("/api/v1/creditors/" + mine.id() + "/documents/" + UUID.randomUUID()
                + "/pdf");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Http.basic(port, user, TestOperators.PASSWORD)
                .post("/api/v1/creditors/" + theirs.id() + "/pdf-transfers", "{}").status()).isEqualTo(404);

        HttpResponse<byte[]> console = get("/creditors/" + mine.id() + "/documents/" + myDocument + "/pdf");
        assertThat(console.statusCode()).isEqualTo(200);
        assertThat(console.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(get("/creditors/" + theirs.id() + "/documents/" + theirDocument + "/pdf").statusCode())
                .isEqualTo(404);
        assertThat(get("/creditors/" + mine.id() + "/documents/" + theirDocument + "/pdf").statusCode())
                .isEqualTo(404);
    }

    @Test
    void theDebtorPageLinksThePdfOfEachOpenItemThatHasOne() {
        OpenItem item = ledger.openItems(mine.id(), null, 1).getFirst();
        String page = "/creditors/" + mine.id() + "/debtors/" + item.debtorExternalId();
        String link = "/creditors/" + mine.id() + "/documents/" + item.documentId() + "/pdf";
        Http console = Http.basic(port, user, TestOperators.PASSWORD);
        assertThat(console.get(page).body()).doesNotContain(link);

        documents.transferNewPdfs(mine.id());

        assertThat(console.get(page).body()).contains(link);
    }

    private Creditor syncedCreditor(String name) {
        DineroOrganisation organisation = new DineroDemoData(SEEDS.incrementAndGet(), simulator.today(), name, 10, 40)
                .loadInto(simulator);
        Creditor creditor = TestCreditors.danish(creditors, name, simulator.today().minusDays(90));
        creditors.connect(creditor.id(), new ConnectionSettings(AccountingSystemKind.DINERO,
                simulator.baseUrl().toString(), simulator.tokenUrl().toString(), String.valueOf(organisation.id()),
                organisation.credentials().asMap()));
        SyncRunId run = ledger.queueSync(creditor.id(), "test");
        ledger.runSync(creditor.id(), run);
        assertThat(ledger.openItems(creditor.id(), null, 1)).isNotEmpty();
        return creditor;
    }

    /** Bytes, not text: a PDF is binary. */
    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((user + ":" + TestOperators.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic).header("Accept", "application/pdf").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
