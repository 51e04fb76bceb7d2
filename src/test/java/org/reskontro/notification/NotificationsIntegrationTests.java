package org.reskontro.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reskontro.shared.CreditorId;
import org.reskontro.testing.Http;
import org.reskontro.testing.IntegrationTest;
import org.reskontro.testing.MutableClock;
import org.reskontro.testing.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notices through the facade against a real SMTP server (GreenMail) and PostgreSQL: what arrives in the inbox,
 * idempotency, channel fallback, failures retried once the server is back, print batches and bounces.
 */
@IntegrationTest
class NotificationsIntegrationTests {

    @org.springframework.boot.test.web.server.LocalServerPort int port;
    @Autowired Notifications notifications;
    @Autowired MutableClock clock;
    @Autowired PlatformTransactionManager transactions;

    final CreditorId creditor = new CreditorId(UUID.randomUUID());

    @AfterEach
    void serverUpAgain() {
        TestMailServer.start();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "da, Rykker for betaling fra Hygge Handel ApS, Kære Søren Kjær, rykker-2026-11-20.pdf, Rykker",
            "nb, Purring fra Hygge Handel ApS, 'Hei Søren Kjær,', purring-2026-11-20.pdf, Purring",
            "sv, Betalningspåminnelse från Hygge Handel ApS, 'Hej Søren Kjær,', betalningspaminnelse-2026-11-20.pdf, Betalningspåminnelse",
            "fi, Maksukehotus yritykseltä Hygge Handel ApS, 'Hyvä Søren Kjær,', maksukehotus-2026-11-20.pdf, Maksukehotus",
            "en, 'Overdue payment: reminder from Hygge Handel ApS', 'Dear Søren Kjær,', overdue-reminder-2026-11-20.pdf, Overdue payment: reminder"})
    void anEmailArrivesInItsLanguageWithTheLetterAsPdf(String language, String subject, String greeting,
                                                        String pdfName, String title) throws Exception {
        String to = address();
        NoticeOutcome outcome = notifications.dispatch(TestNotices.dunningLetter(creditor)
                .language(Locale.forLanguageTag(language)).recipient(TestNotices.recipient(to)).build());

        assertThat(outcome.status()).isEqualTo(NoticeStatus.SENT);
        assertThat(outcome.used()).isEqualTo(Channel.EMAIL);
        assertThat(outcome.fallbackReason()).isNull();
        MimeMessage mail = onlyMailTo(to);
        assertThat(mail.getSubject()).isEqualTo(subject);
        assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("Hygge Handel ApS");
        assertThat(mail.getReplyTo()[0].toString()).isEqualTo("bogholderi@hygge.example");
        assertThat(mail.getMessageID()).isEqualTo(notifications.notice(creditor, outcome.id()).orElseThrow().messageId());
        Parts parts = parts(mail);
        assertThat(parts.text()).startsWith(greeting).contains("1001", "1002", "1007",
                "Interest 12.33 DKK: 1,250.00 × 12.00 % × 30/365 (renteloven § 5)", "+71<000000001001234+12345678<");
        assertThat(parts.attachmentNames()).containsExactly(pdfName);
        assertThat(text(parts.attachments().getFirst())).contains(title, "Søren Kjær", "1007");
        assertThat(parts.attachments().getFirst()).isEqualTo(notifications.pdf(creditor, outcome.id()));
    }

    @Test
    void theSameIdempotencyKeyTwiceSendsOneMailAndReturnsTheFirstOutcome() throws Exception {
        String to = address();
        NoticeRequest request = TestNotices.dunningLetter(creditor).recipient(TestNotices.recipient(to)).build();

        NoticeOutcome first = notifications.dispatch(request);
        NoticeOutcome again = notifications.dispatch(request);
        NoticeOutcome sameKeyOtherText = notifications.dispatch(request.toBuilder().closingText("changed").build());

        assertThat(again).isEqualTo(first);
        assertThat(sameKeyOtherText).isEqualTo(first);
        assertThat(TestMailServer.receivedBy(to)).hasSize(1);
        assertThat(notifications.notices(creditor, 10)).hasSize(1);
    }

    @Test
    void aCallersRollbackDoesNotUnrecordASentMailSoItsRetryFindsTheFirstOutcome() {
        String to = address();
        NoticeRequest request = TestNotices.dunningLetter(creditor).recipient(TestNotices.recipient(to)).build();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            notifications.dispatch(request);
            status.setRollbackOnly();
        });

        assertThat(notifications.dispatch(request).status()).isEqualTo(NoticeStatus.SENT);
        assertThat(TestMailServer.receivedBy(to)).hasSize(1);
    }

    @Test
    void withoutAnEmailAddressTheNoticeBecomesALetterInThePrintBatch() throws IOException {
        NoticeOutcome outcome = notifications.dispatch(TestNotices.dunningLetter(creditor)
                .recipient(TestNotices.recipient(null)).build());

        assertThat(outcome.status()).isEqualTo(NoticeStatus.PRINT_QUEUED);
        assertThat(outcome.used()).isEqualTo(Channel.LETTER);
        assertThat(outcome.fallbackReason()).isEqualTo("No e-mail address");
        assertThat(notifications.notice(creditor, outcome.id()).orElseThrow().fallback()).isEqualTo(Fallback.NO_EMAIL);
        assertThat(notifications.queuedLetters(creditor)).isEqualTo(1);
        PrintBatch batch = notifications.printBatch(creditor);
        assertThat(batch.letters()).isEqualTo(1);
        assertThat(text(batch.pdf())).contains("Rykker", "Søren Kjær", "Åboulevarden 7, 2. tv.");
        NoticeView printed = notifications.notice(creditor, outcome.id()).orElseThrow();
        assertThat(printed.status()).isEqualTo(NoticeStatus.PRINTED);
        assertThat(printed.printBatch()).isEqualTo(batch.id());
    }

    @Test
    void anInternationalisedDomainIsReachedInItsAsciiForm() {
        String local = "kontakt-" + UUID.randomUUID().toString().substring(0, 8);

        NoticeOutcome outcome = notifications.dispatch(TestNotices.dunningLetter(creditor)
                .recipient(TestNotices.recipient(local + "@bücher.example")).build());

        assertThat(outcome.status()).isEqualTo(NoticeStatus.SENT);
        assertThat(TestMailServer.receivedBy(local + "@xn--bcher-kva.example")).hasSize(1);
    }

    @Test
    void anInvalidAddressFallsBackToALetterWithItsReason() {
        NoticeOutcome outcome = notifications.dispatch(TestNotices.dunningLetter(creditor)
                .recipient(TestNotices.recipient("soren at kjaer.example")).build());

        assertThat(outcome.used()).isEqualTo(Channel.LETTER);
        assertThat(outcome.status()).isEqualTo(NoticeStatus.PRINT_QUEUED);
        assertThat(outcome.fallbackReason()).isEqualTo("'soren at kjaer.example' is not a usable e-mail address: no @");
    }

    @Test
    void aPrintBatchHasOnePagePerLetterMarksThemPrintedAndCanBeDownloadedAgain() throws IOException {
        List<NoticeId> letters = new ArrayList<>();
        for (String name : List.of("Anna Andersen", "Bo Berg", "Carl Carlsen")) {
            letters.add(notifications.dispatch(TestNotices.dunningLetter(creditor).channel(Channel.LETTER)
                    .recipient(new Recipient(name, null, List.of("Vej 1", "8000 Aarhus C"), null)).build()).id());
        }

        PrintBatch batch = notifications.printBatch(creditor);

        assertThat(batch.letters()).isEqualTo(3);
        assertThat(batch.pages()).isEqualTo(3);
        try (PDDocument pdf = Loader.loadPDF(batch.pdf())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(3);
            assertThat(page(pdf, 1)).contains("Anna Andersen").doesNotContain("Bo Berg");
            assertThat(page(pdf, 2)).contains("Bo Berg");
            assertThat(page(pdf, 3)).contains("Carl Carlsen");
        }
        assertThat(letters).allSatisfy(id -> assertThat(notifications.notice(creditor, id).orElseThrow().status())
                .isEqualTo(NoticeStatus.PRINTED));
        assertThat(notifications.queuedLetters(creditor)).isZero();
        assertThatThrownBy(() -> notifications.printBatch(creditor)).isInstanceOf(NothingToPrintException.class);
        assertThat(notifications.printBatch(creditor, batch.id()).orElseThrow().pdf()).isEqualTo(batch.pdf());
        assertThat(notifications.printBatches(creditor, 10)).extracting(PrintBatchSummary::id).containsExactly(batch.id());
        assertThat(notifications.printBatch(new CreditorId(UUID.randomUUID()), batch.id())).isEmpty();
    }

    @Test
    void aLetterIsPrintedWithItsPdfEnclosureAndTheEmailCarriesIt() throws Exception {
        byte[] invoice = notifications.pdf(creditor, notifications.dispatch(TestNotices.dunningLetter(creditor)
                .channel(Channel.LETTER).build()).id());
        notifications.printBatch(creditor);
        String to = address();
        Attachment original = new Attachment("faktura-1001.pdf", "application/pdf", invoice);

        NoticeOutcome both = notifications.dispatch(TestNotices.dunningLetter(creditor).channel(Channel.EMAIL_AND_LETTER)
                .recipient(TestNotices.recipient(to)).attachments(List.of(original)).build());

        assertThat(both.status()).isEqualTo(NoticeStatus.SENT);
        assertThat(both.used()).isEqualTo(Channel.EMAIL_AND_LETTER);
        assertThat(notifications.notice(creditor, both.id()).orElseThrow().letterStatus()).isEqualTo(NoticeStatus.PRINT_QUEUED);
        assertThat(parts(onlyMailTo(to)).attachmentNames()).containsExactly("rykker-2026-11-20.pdf", "faktura-1001.pdf");
        assertThat(notifications.printBatch(creditor).pages()).isEqualTo(2);
        assertThatThrownBy(() -> notifications.dispatch(TestNotices.dunningLetter(creditor)
                .attachments(List.of(new Attachment("broken.pdf", "application/pdf", new byte[] {1, 2}))).build()))
                .isInstanceOf(InvalidNoticeException.class).hasMessageContaining("broken.pdf");
    }

    @Test
    void whileTheSmtpServerIsDownTheFailureIsRecordedAndTheRetrySendsItOnceItIsBack() throws Exception {
        String to = address();
        TestMailServer.stop();

        NoticeOutcome failed = notifications.dispatch(TestNotices.dunningLetter(creditor)
                .recipient(TestNotices.recipient(to)).build());

        assertThat(failed.status()).isEqualTo(NoticeStatus.FAILED);
        assertThat(failed.used()).isEqualTo(Channel.EMAIL);
        assertThat(failed.failure()).contains("Connection refused");
        NoticeView recorded = notifications.notice(creditor, failed.id()).orElseThrow();
        assertThat(recorded.attempts()).isEqualTo(1);
        assertThat(recorded.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(5)));

        TestMailServer.start();
        notifications.retryFailed(clock.instant().plus(Duration.ofMinutes(4)));
        assertThat(TestMailServer.receivedBy(to)).as("not due yet").isEmpty();
        notifications.retryFailed(clock.instant().plus(Duration.ofMinutes(5)));
        notifications.retryFailed(clock.instant().plus(Duration.ofMinutes(60)));

        assertThat(TestMailServer.receivedBy(to)).hasSize(1);
        NoticeView sent = notifications.notice(creditor, failed.id()).orElseThrow();
        assertThat(sent.status()).isEqualTo(NoticeStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.failure()).isNull();
        assertThat(notifications.history(creditor, failed.id())).extracting(NoticeEvent::type).containsExactly(
                NoticeEvent.Type.RECORDED, NoticeEvent.Type.SEND_FAILED, NoticeEvent.Type.SENT);
    }

    @Test
    void afterTheLastFailedAttemptTheEmailBecomesALetter() {
        TestMailServer.stop();
        NoticeOutcome outcome = notifications.dispatch(TestNotices.dunningLetter(creditor)
                .recipient(TestNotices.recipient(address())).build());

        var due = clock.instant();
        for (int attempt = 2; attempt <= 5; attempt++) {
            due = notifications.notice(creditor, outcome.id()).orElseThrow().nextAttemptAt();
            notifications.retryFailed(due);
        }

        NoticeView view = notifications.notice(creditor, outcome.id()).orElseThrow();
        assertThat(view.attempts()).isEqualTo(5);
        assertThat(view.status()).isEqualTo(NoticeStatus.PRINT_QUEUED);
        assertThat(view.used()).isEqualTo(Channel.LETTER);
        assertThat(view.emailStatus()).isEqualTo(NoticeStatus.FAILED);
        assertThat(view.fallback()).isEqualTo(Fallback.EMAIL_FAILED);
        assertThat(view.fallbackReason()).startsWith("The e-mail failed 5 times; a letter is sent instead");
        assertThat(view.nextAttemptAt()).isNull();
        TestMailServer.start();
        notifications.retryFailed(due.plus(Duration.ofDays(1)));
        assertThat(notifications.notice(creditor, outcome.id()).orElseThrow().attempts()).isEqualTo(5);
    }

    @Test
    void aNoticeRecordedButNeverSentBecauseTheProcessStoppedIsSentByARetryAfterItsLease() {
        String to = address();
        // What dispatch commits before its first attempt: the state a crash right after that commit leaves.
        NoticeId id = notifications.record(TestNotices.dunningLetter(creditor).recipient(TestNotices.recipient(to))
                .build()).orElseThrow();
        assertThat(notifications.notice(creditor, id).orElseThrow().status()).isEqualTo(NoticeStatus.PENDING);

        assertThat(notifications.retryFailed(clock.instant().plus(Duration.ofMinutes(9)))).as("still leased").isZero();
        assertThat(notifications.retryFailed(clock.instant().plus(Duration.ofMinutes(10)))).isEqualTo(1);
        assertThat(notifications.retryFailed(clock.instant().plus(Duration.ofMinutes(30)))).isZero();

        assertThat(TestMailServer.receivedBy(to)).hasSize(1);
        assertThat(notifications.notice(creditor, id).orElseThrow().status()).isEqualTo(NoticeStatus.SENT);
    }

    @Test
    void twoRetryRunsAtOnceSendEachFailedMailOnce() throws Exception {
        TestMailServer.stop();
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            recipients.add(address());
            notifications.dispatch(TestNotices.dunningLetter(creditor)
                    .recipient(TestNotices.recipient(recipients.getLast())).build());
        }
        TestMailServer.start();
        var due = clock.instant().plus(Duration.ofMinutes(5));

        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var first = pool.submit(() -> notifications.retryFailed(due));
            var second = pool.submit(() -> notifications.retryFailed(due));
            assertThat(first.get() + second.get()).isEqualTo(12);
        }

        assertThat(recipients).allSatisfy(to -> assertThat(TestMailServer.receivedBy(to)).hasSize(1));
        assertThat(notifications.notices(creditor, 20)).allSatisfy(notice ->
                assertThat(notice.status()).isEqualTo(NoticeStatus.SENT));
    }

    @Test
    void healthStaysUpWhileTheSmtpServerIsDown() {
        TestMailServer.stop();

        Http.Response health = Http.anonymous(port).get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void aBounceIsRecordedShownAndAnsweredWithALetter() {
        NoticeOutcome sent = notifications.dispatch(TestNotices.dunningLetter(creditor)
                .recipient(TestNotices.recipient(address())).build());

        notifications.recordBounce(creditor, sent.id(), "550 5.1.1 mailbox unavailable");
        notifications.recordBounce(creditor, sent.id(), "550 5.1.1 mailbox unavailable");

        NoticeView bounced = notifications.notice(creditor, sent.id()).orElseThrow();
        assertThat(bounced.status()).isEqualTo(NoticeStatus.BOUNCED);
        assertThat(bounced.bounceReason()).isEqualTo("550 5.1.1 mailbox unavailable");
        assertThat(bounced.bouncedAt()).isEqualTo(clock.instant());
        assertThat(bounced.letterStatus()).isEqualTo(NoticeStatus.PRINT_QUEUED);
        assertThat(bounced.fallback()).isEqualTo(Fallback.EMAIL_BOUNCED);
        assertThat(notifications.queuedLetters(creditor)).isEqualTo(1);
        assertThat(notifications.history(creditor, sent.id())).extracting(NoticeEvent::type).containsExactly(
                NoticeEvent.Type.RECORDED, NoticeEvent.Type.SENT, NoticeEvent.Type.BOUNCED, NoticeEvent.Type.FALLBACK,
                NoticeEvent.Type.PRINT_QUEUED);
    }

    @Test
    void aBounceFoundByItsMessageIdIsRecordedOnItsNotice() {
        NoticeOutcome sent = notifications.dispatch(TestNotices.dunningLetter(creditor)
                .recipient(new Recipient("No Address", address(), List.of(), null)).build());
        String messageId = notifications.notice(creditor, sent.id()).orElseThrow().messageId();

        assertThat(notifications.recordBounce(messageId.substring(1, messageId.length() - 1), "user unknown"))
                .contains(sent.id());

        NoticeView bounced = notifications.notice(creditor, sent.id()).orElseThrow();
        assertThat(bounced.status()).isEqualTo(NoticeStatus.BOUNCED);
        assertThat(bounced.letterStatus()).as("no postal address, so no letter").isNull();
        assertThat(notifications.recordBounce("<unknown@example>", "x")).isEmpty();
        NoticeOutcome letter = notifications.dispatch(TestNotices.dunningLetter(creditor).channel(Channel.LETTER).build());
        assertThatThrownBy(() -> notifications.recordBounce(creditor, letter.id(), "x"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> notifications.recordBounce(new CreditorId(UUID.randomUUID()), sent.id(), "x"))
                .isInstanceOf(NoSuchNoticeException.class);
    }

    @Test
    void aRecipientWithoutEmailOrPostalAddressIsRecordedAsFailedAndNeverRetried() {
        NoticeOutcome outcome = notifications.dispatch(TestNotices.dunningLetter(creditor)
                .recipient(new Recipient("Nobody", "", List.of(), null)).build());

        assertThat(outcome.status()).isEqualTo(NoticeStatus.FAILED);
        assertThat(outcome.failure()).isEqualTo("No e-mail address, and no postal address");
        assertThat(notifications.retryFailed(clock.instant().plus(Duration.ofDays(30)))).isZero();
        assertThat(notifications.queuedLetters(creditor)).isZero();
    }

    @Test
    void aRequestWhoseTotalIsNotTheSumOfItsLinesIsRefusedAndNothingIsRecorded() {
        assertThatThrownBy(() -> notifications.dispatch(TestNotices.dunningLetter(creditor)
                .total(TestNotices.dkk("1.00")).build()))
                .isInstanceOf(InvalidNoticeException.class).hasMessageContaining("13864.29 DKK");
        assertThat(notifications.notices(creditor, 10)).isEmpty();
    }

    private static String address() {
        return "debtor-" + UUID.randomUUID().toString().substring(0, 8) + "@kjaer.example";
    }

    private static MimeMessage onlyMailTo(String to) {
        List<MimeMessage> received = TestMailServer.receivedBy(to);
        assertThat(received).hasSize(1);
        return received.getFirst();
    }

    record Parts(String text, List<String> attachmentNames, List<byte[]> attachments) {
    }

    static Parts parts(MimeMessage message) throws Exception {
        Multipart multipart = (Multipart) message.getContent();
        String text = null;
        List<String> names = new ArrayList<>();
        List<byte[]> attachments = new ArrayList<>();
        collect(multipart, names, attachments);
        for (int i = 0; i < multipart.getCount() && text == null; i++) {
            text = textOf(multipart.getBodyPart(i));
        }
        return new Parts(text, names, attachments);
    }

    private static String textOf(BodyPart part) throws Exception {
        if (part.getFileName() == null && part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart inner = (Multipart) part.getContent();
            for (int i = 0; i < inner.getCount(); i++) {
                String text = textOf(inner.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static void collect(Multipart multipart, List<String> names, List<byte[]> attachments) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getFileName() != null) {
                names.add(part.getFileName());
                attachments.add(part.getInputStream().readAllBytes());
            } else if (part.isMimeType("multipart/*")) {
                collect((Multipart) part.getContent(), names, attachments);
            }
        }
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        }
    }

    private static String page(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }
}
