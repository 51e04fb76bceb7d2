package org.reskontro.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.notification.Channel;
import org.reskontro.notification.NoticeOutcome;
import org.reskontro.notification.Notifications;
import org.reskontro.notification.Recipient;
import org.reskontro.notification.TestNotices;
import org.reskontro.platform.security.Operators;
import org.reskontro.testing.Http;
import org.reskontro.testing.IntegrationTest;
import org.reskontro.testing.TestCreditors;
import org.reskontro.testing.TestOperators;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** /api/v1/creditors/{id}/notices and print-batches: the views, PDFs, bounces, and never another creditor's. */
@IntegrationTest
class NotificationsApiIntegrationTests {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort int port;
    @Autowired Creditors creditors;
    @Autowired Operators operators;
    @Autowired Notifications notifications;

    Creditor mine;
    Creditor theirs;
    String user;
    Http api;

    @BeforeEach
    void twoCreditors() {
        mine = TestCreditors.danish(creditors, "Mine Api Breve ApS", TestNotices.DATE.minusDays(90));
        theirs = TestCreditors.danish(creditors, "Theirs Api Breve ApS", TestNotices.DATE.minusDays(90));
        user = TestOperators.creditorUser(operators, mine.id());
        api = Http.basic(port, user, TestOperators.PASSWORD);
    }

    @Test
    void noticesAreListedAndShownWithTheirStatusChannelAndFallback() throws Exception {
        NoticeOutcome letter = notifications.dispatch(TestNotices.dunningLetter(mine.id())
                .recipient(TestNotices.recipient(null)).build());
        String base = "/api/v1/creditors/" + mine.id() + "/notices";

        var list = api.get(base).json();
        var one = api.get(base + "/" + letter.id()).json();

        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("id").asString()).isEqualTo(letter.id().toString());
        assertThat(one.get("status").asString()).isEqualTo("PRINT_QUEUED");
        assertThat(one.get("requestedChannel").asString()).isEqualTo("EMAIL");
        assertThat(one.get("channel").asString()).isEqualTo("LETTER");
        assertThat(one.get("fallback").asString()).isEqualTo("NO_EMAIL");
        assertThat(one.get("fallbackReason").asString()).isEqualTo("No e-mail address");
        assertThat(one.get("kind").asString()).isEqualTo("DUNNING_LETTER");
        assertThat(one.get("language").asString()).isEqualTo("da");
        assertThat(one.get("total").get("amount").decimalValue()).isEqualByComparingTo("13864.29");
        assertThat(one.get("total").get("currency").asString()).isEqualTo("DKK");
        HttpResponse<byte[]> pdf = bytes("GET", base + "/" + letter.id() + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.body()).isEqualTo(notifications.pdf(mine.id(), letter.id()));
    }

    @Test
    void aPrintBatchComesBackAsPdfAndCanBeFetchedAgain() throws Exception {
        for (String name : List.of("Anna", "Bo", "Carl")) {
            notifications.dispatch(TestNotices.dunningLetter(mine.id()).channel(Channel.LETTER)
                    .recipient(new Recipient(name, null, List.of("Vej 1"), null)).build());
        }

        HttpResponse<byte[]> batch = bytes("POST", "/api/v1/creditors/" + mine.id() + "/print-batches");

        assertThat(batch.statusCode()).isEqualTo(200);
        assertThat(batch.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(batch.headers().firstValue("X-Print-Batch-Letters")).hasValue("3");
        try (PDDocument pdf = Loader.loadPDF(batch.body())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(3);
        }
        String again = batch.headers().firstValue("Location").orElseThrow();
        assertThat(bytes("GET", again).body()).isEqualTo(batch.body());
        HttpResponse<byte[]> nothing = bytes("POST", "/api/v1/creditors/" + mine.id() + "/print-batches");
        assertThat(nothing.statusCode()).isEqualTo(409);
        assertThat(new String(nothing.body(), StandardCharsets.UTF_8)).contains("Nothing to print");
        assertThat(api.get("/api/v1/creditors/" + mine.id() + "/notices").json().get(0).get("status").asString())
                .isEqualTo("PRINTED");
    }

    @Test
    void aBounceIsRecordedThroughTheApi() {
        NoticeOutcome sent = notifications.dispatch(TestNotices.dunningLetter(mine.id())
                .recipient(TestNotices.recipient("api-bounce@kjaer.example")).build());
        NoticeOutcome letter = notifications.dispatch(TestNotices.dunningLetter(mine.id()).channel(Channel.LETTER)
                .build());
        String base = "/api/v1/creditors/" + mine.id() + "/notices/";

        Http.Response bounced = api.post(base + sent.id() + "/bounce", Map.of("reason", "550 user unknown"));

        assertThat(bounced.status()).isEqualTo(200);
        assertThat(bounced.json().get("status").asString()).isEqualTo("BOUNCED");
        assertThat(bounced.json().get("bounceReason").asString()).isEqualTo("550 user unknown");
        assertThat(bounced.json().get("letterStatus").asString()).isEqualTo("PRINT_QUEUED");
        assertThat(api.post(base + letter.id() + "/bounce", Map.of("reason", "x")).status()).isEqualTo(409);
    }

    @Test
    void anotherCreditorsNoticesAndBatchesAreNotFound() throws Exception {
        NoticeOutcome theirNotice = notifications.dispatch(TestNotices.dunningLetter(theirs.id()).channel(Channel.LETTER)
                .build());
        String theirBatch = notifications.printBatch(theirs.id()).id().toString();

        assertThat(api.get("/api/v1/creditors/" + theirs.id() + "/notices").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/creditors/" + mine.id() + "/notices/" + theirNotice.id()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/creditors/" + mine.id() + "/notices/not-a-uuid").status()).isEqualTo(404);
        assertThat(bytes("GET", "/api/v1/creditors/" + mine.id() + "/notices/" + theirNotice.id() + "/pdf")
                .statusCode()).isEqualTo(404);
        assertThat(bytes("GET", "/api/v1/creditors/" + mine.id() + "/print-batches/" + theirBatch).statusCode())
                .isEqualTo(404);
        assertThat(bytes("POST", "/api/v1/creditors/" + theirs.id() + "/print-batches").statusCode()).isEqualTo(404);
        assertThat(api.post("/api/v1/creditors/" + mine.id() + "/notices/" + theirNotice.id() + "/bounce",
                Map.of("reason", "x")).status()).isEqualTo(404);
        assertThat(Http.anonymous(port).get("/api/v1/creditors/" + mine.id() + "/notices").status()).isEqualTo(401);
    }

    @Test
    void theOpenApiDocumentDescribesTheNoticeEndpoints() {
        var paths = Http.anonymous(port).get("/v3/api-docs").json().get("paths");

        assertThat(paths.has("/api/v1/creditors/{creditorId}/notices")).isTrue();
        assertThat(paths.has("/api/v1/creditors/{creditorId}/notices/{noticeId}/bounce")).isTrue();
        assertThat(paths.path("/api/v1/creditors/{creditorId}/notices/{noticeId}/pdf").path("get").path("responses")
                .path("200").path("content").has("application/pdf")).isTrue();
        assertThat(paths.path("/api/v1/creditors/{creditorId}/print-batches").path("post").path("responses")
                .path("200").path("content").has("application/pdf")).isTrue();
    }

    private HttpResponse<byte[]> bytes(String method, String path) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + TestOperators.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic).header("Accept", "application/pdf, application/problem+json")
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
