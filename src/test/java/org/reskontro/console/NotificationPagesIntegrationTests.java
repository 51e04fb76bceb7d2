package org.reskontro.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.notification.Channel;
import org.reskontro.notification.MailCatcher;
import org.reskontro.notification.NoticeOutcome;
import org.reskontro.notification.NoticeStatus;
import org.reskontro.notification.Notifications;
import org.reskontro.notification.Recipient;
import org.reskontro.notification.TestNotices;
import org.reskontro.platform.security.Operators;
import org.reskontro.testing.ConsoleSession;
import org.reskontro.testing.IntegrationTest;
import org.reskontro.testing.TestCreditors;
import org.reskontro.testing.TestMailServer;
import org.reskontro.testing.TestOperators;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/** The Letters page, a notice's page, print batches and the mail catcher's inbox, and who may see them. */
@IntegrationTest
class NotificationPagesIntegrationTests {

    @LocalServerPort int port;
    @Autowired Creditors creditors;
    @Autowired Operators operators;
    @Autowired Notifications notifications;
    @Autowired MailCatcher catcher;

    Creditor mine;
    Creditor theirs;
    ConsoleSession user;

    @BeforeEach
    void twoCreditorsWithLetters() {
        mine = TestCreditors.danish(creditors, "Mine Breve ApS", TestNotices.DATE.minusDays(90));
        theirs = TestCreditors.danish(creditors, "Theirs Breve ApS", TestNotices.DATE.minusDays(90));
        user = new ConsoleSession(port, TestOperators.creditorUser(operators, mine.id()));
    }

    @AfterEach
    void serverUpAgain() {
        TestMailServer.start();
    }

    @Test
    void theLettersPageShowsStatusChannelFallbackFailureAndBounceOfItsOwnCreditorOnly() {
        NoticeOutcome sent = notifications.dispatch(TestNotices.dunningLetter(mine.id())
                .recipient(new Recipient("Anna Sendt", "anna@example.dk", List.of("Vej 1"), null)).build());
        NoticeOutcome letter = notifications.dispatch(TestNotices.dunningLetter(mine.id())
                .recipient(new Recipient("Bo Brev", null, List.of("Vej 2", "8000 Aarhus C"), null)).build());
        NoticeOutcome bounced = notifications.dispatch(TestNotices.dunningLetter(mine.id())
                .recipient(new Recipient("Carl Retur", "carl@example.dk", List.of(), null)).build());
        notifications.recordBounce(mine.id(), bounced.id(), "550 5.1.1 user unknown");
        TestMailServer.stop();
        NoticeOutcome failed = notifications.dispatch(TestNotices.dunningLetter(mine.id())
                .recipient(new Recipient("Dan Nede", "dan@example.dk", List.of(), null)).build());
        TestMailServer.start();
        NoticeOutcome theirNotice = notifications.dispatch(TestNotices.dunningLetter(theirs.id())
                .recipient(new Recipient("Eva Fremmed", "eva@example.dk", List.of(), null)).build());

        String page = user.get("/creditors/" + mine.id() + "/notices").body();

        assertThat(page).contains("Anna Sendt", "Bo Brev", "Carl Retur", "Dan Nede", "data-notice=\"" + sent.id() + "\"",
                "No e-mail address: sent as a letter", "Bounced: 550 5.1.1 user unknown", "Failed (1 attempts)",
                "Connection refused", "Next attempt", "Letters waiting for print: 1",
                "/creditors/" + mine.id() + "/notices/" + letter.id() + "/pdf", "data-status=\"PRINT_QUEUED\"",
                "data-status=\"FAILED\"", "data-status=\"BOUNCED\"", "data-status=\"SENT\"").doesNotContain("Eva Fremmed");
        assertThat(failed.status()).isEqualTo(NoticeStatus.FAILED);
        HttpResponse<byte[]> pdf = user.bytes("/creditors/" + mine.id() + "/notices/" + letter.id() + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.body()).isEqualTo(notifications.pdf(mine.id(), letter.id()));

        assertThat(user.get("/creditors/" + theirs.id() + "/notices").statusCode()).isEqualTo(404);
        assertThat(user.get("/creditors/" + theirs.id() + "/notices/" + theirNotice.id()).statusCode()).isEqualTo(404);
        assertThat(user.get("/creditors/" + mine.id() + "/notices/" + theirNotice.id()).statusCode()).isEqualTo(404);
        assertThat(user.bytes("/creditors/" + mine.id() + "/notices/" + theirNotice.id() + "/pdf").statusCode())
                .isEqualTo(404);
        assertThat(user.get("/creditors/" + mine.id() + "/notices/not-a-uuid").statusCode()).isEqualTo(404);
        assertThat(user.get("/creditors/" + mine.id()).body()).contains("/creditors/" + mine.id() + "/notices");
    }

    @Test
    void aPrintBatchIsMadeFromTheLettersPageAndDownloadedAgainLater() throws Exception {
        for (String name : List.of("Anna", "Bo")) {
            notifications.dispatch(TestNotices.dunningLetter(mine.id()).channel(Channel.LETTER)
                    .recipient(new Recipient(name, null, List.of("Vej 1"), null)).build());
        }
        String letters = "/creditors/" + mine.id() + "/notices";
        user.get(letters);

        HttpResponse<String> made = user.post("/creditors/" + mine.id() + "/print-batches", Map.of());

        assertThat(made.statusCode()).isEqualTo(302);
        String location = made.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains(letters + "?batch=");
        String page = user.get(letters + "?batch=" + location.substring(location.indexOf("batch=") + 6)).body();
        assertThat(page).contains("Print batch created: 2 letters, 2 pages.", "No letters wait for print.");
        String batchId = notifications.printBatches(mine.id(), 1).getFirst().id().toString();
        HttpResponse<byte[]> download = user.bytes("/creditors/" + mine.id() + "/print-batches/" + batchId);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
        try (PDDocument pdf = Loader.loadPDF(download.body())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
        }
        assertThat(user.post("/creditors/" + mine.id() + "/print-batches", Map.of()).headers()
                .firstValue("Location").orElseThrow()).endsWith("?nothingToPrint");
        assertThat(user.bytes("/creditors/" + theirs.id() + "/print-batches/" + batchId).statusCode()).isEqualTo(404);
    }

    @Test
    void aNoticesPageShowsItsHistoryAndABounceCanBeRecordedThere() {
        NoticeOutcome sent = notifications.dispatch(TestNotices.dunningLetter(mine.id())
                .recipient(TestNotices.recipient("soren-" + UUID.randomUUID() + "@kjaer.example")).build());
        String path = "/creditors/" + mine.id() + "/notices/" + sent.id();

        assertThat(user.get(path).body()).contains("Dunning letter", "Søren Kjær", "Recorded", "data-event=\"SENT\"",
                "Rykker for betaling fra Hygge Handel ApS", "bounce-form");
        assertThat(user.post(path + "/bounce", Map.of("reason", "552 mailbox full")).statusCode()).isEqualTo(302);

        assertThat(user.get(path).body()).contains("Bounced: 552 mailbox full", "data-event=\"BOUNCED\"",
                "E-mail bounced: sent as a letter as well").doesNotContain("bounce-form");
    }

    @Test
    void theMailCatchersInboxIsForAgencyAdmins() throws Exception {
        JavaMailSenderImpl toCatcher = new JavaMailSenderImpl();
        toCatcher.setHost(catcher.host());
        toCatcher.setPort(catcher.port());
        var message = toCatcher.createMimeMessage();
        var helper = new MimeMessageHelper(message, true, "UTF-8");
        String subject = "Påmindelse " + UUID.randomUUID();
        helper.setFrom("reskontro@localhost");
        helper.setTo("debtor@example.dk");
        helper.setSubject(subject);
        helper.setText("Kære debitor, se vedhæftede brev.", false);
        helper.addAttachment("paamindelse.pdf", new org.springframework.core.io.ByteArrayResource(new byte[] {1}),
                "application/pdf");
        toCatcher.send(message);
        ConsoleSession admin = new ConsoleSession(port, TestOperators.admin(operators));

        String inbox = admin.get("/mail").body();

        assertThat(inbox).contains(subject, "debtor@example.dk", "id=\"nav-mail\"", "127.0.0.1:" + catcher.port());
        String one = admin.get("/mail/" + catcher.size()).body();
        assertThat(one).contains(subject, "Kære debitor, se vedhæftede brev.", "paamindelse.pdf");
        assertThat(admin.get("/mail/99999").statusCode()).isEqualTo(404);
        assertThat(user.get("/mail").statusCode()).isEqualTo(403);
        assertThat(user.get("/creditors/" + mine.id()).body()).doesNotContain("id=\"nav-mail\"");
    }
}
