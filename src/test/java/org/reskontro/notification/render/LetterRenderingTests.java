package org.reskontro.notification.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.reskontro.notification.NoticeKind;
import org.reskontro.notification.NoticeLine;
import org.reskontro.notification.NoticeRequest;
import org.reskontro.notification.TestNotices;
import org.reskontro.shared.CreditorId;
import org.reskontro.shared.Money;

/** Letters read back from their PDFs (PDFBox): the words of each language, the lines, amounts and payment details. */
class LetterRenderingTests {

    private static final CreditorId CREDITOR = CreditorId.of("00000000-0000-0000-0000-000000000001");
    private final LetterComposer composer = new LetterComposer(TestNotices.messages());

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "da, Rykker, Kære Søren Kjær, I alt at betale, 13.864,29 DKK, 30. november 2026, Betales senest",
            "nb, Purring, Hei Søren Kjær, Totalt å betale, 13 864,29 DKK, 30. november 2026, Betales innen",
            "sv, Betalningspåminnelse, Hej Søren Kjær, Totalt att betala, 13 864,29 DKK, 30 november 2026, Betalas senast",
            "fi, Maksukehotus, Hyvä Søren Kjær, Maksettava yhteensä, 13 864,29 DKK, 30.11.2026, Maksettava viimeistään",
            "en, Overdue payment: reminder, 'Dear Søren Kjær,', Total to pay, '13,864.29 DKK', 30 November 2026, Pay by"})
    void aDunningLetterSaysItAllInItsLanguage(String language, String title, String greeting, String totalLabel,
                                              String total, String deadline, String deadlineLabel) throws IOException {
        NoticeRequest request = TestNotices.dunningLetter(CREDITOR).language(Locale.forLanguageTag(language)).build();

        String text = text(LetterPdf.render(composer.compose(request)));

        assertThat(text).contains("Hygge Handel ApS", "Strøget 12", "Søren Kjær", "Åboulevarden 7, 2. tv.",
                "8000 Aarhus C", title, greeting, totalLabel, total, deadline, deadlineLabel, "1001", "1002", "1007",
                "Interest 12.33 DKK: 1,250.00 × 12.00 % × 30/365 (renteloven § 5)", "FIK",
                "+71<000000001001234+12345678<", "1234 5678901234");
    }

    @ParameterizedTest
    @EnumSource(NoticeKind.class)
    void everyKindHasItsWordsInEveryLanguage(NoticeKind kind) throws IOException {
        for (String language : List.of("da", "nb", "sv", "fi", "en")) {
            NoticeRequest request = TestNotices.dunningLetter(CREDITOR).language(Locale.forLanguageTag(language))
                    .build().toBuilder().build();
            request = NoticeRequest.builder(CREDITOR, "k", kind).language(request.language())
                    .sender(request.sender()).recipient(request.recipient()).date(request.date())
                    .deadline(request.deadline()).lines(request.lines()).closingText("Free text " + language).build();
            LetterContent letter = composer.compose(request);

            assertThat(letter.title()).as(kind + " " + language).isNotBlank().doesNotStartWith("notification.");
            assertThat(text(LetterPdf.render(letter))).contains(letter.title(), letter.intro(), "Free text " + language);
        }
    }

    @Test
    void theWordsTheIssueAsksForAreUsed() {
        assertThat(title(NoticeKind.REMINDER, "da")).isEqualTo("Påmindelse");
        assertThat(title(NoticeKind.DUNNING_LETTER, "da")).isEqualTo("Rykker");
        assertThat(title(NoticeKind.DUNNING_LETTER, "nb")).isEqualTo("Purring");
        assertThat(title(NoticeKind.COLLECTION_NOTICE, "nb")).isEqualTo("Inkassovarsel");
        assertThat(title(NoticeKind.REMINDER, "sv")).isEqualTo("Påminnelse");
        assertThat(title(NoticeKind.COLLECTION_NOTICE, "sv")).isEqualTo("Inkassokrav");
        assertThat(title(NoticeKind.REMINDER, "fi")).isEqualTo("Maksumuistutus");
        assertThat(title(NoticeKind.COLLECTION_NOTICE, "fi")).isEqualTo("Maksuvaatimus");
    }

    @Test
    void anUnknownLanguageIsWrittenInEnglishAndNorwegianInAnyFormInBokmal() {
        assertThat(title(NoticeKind.REMINDER, "de")).isEqualTo("Payment reminder");
        assertThat(title(NoticeKind.DUNNING_LETTER, "no")).isEqualTo("Purring");
        assertThat(title(NoticeKind.DUNNING_LETTER, "nn")).isEqualTo("Purring");
        assertThat(title(NoticeKind.DUNNING_LETTER, "nb-NO")).isEqualTo("Purring");
    }

    @Test
    void feesAndInterestColumnsAppearOnlyWhenALineCarriesThem() throws IOException {
        NoticeLine plain = new NoticeLine("2001", TestNotices.DATE.minusDays(10), TestNotices.DATE.plusDays(5),
                TestNotices.dkk("800.00"), null, null, null);
        NoticeRequest request = NoticeRequest.builder(CREDITOR, "k", NoticeKind.PRE_DUE_NOTICE)
                .language(Locale.ENGLISH).sender(TestNotices.sender(null)).recipient(TestNotices.recipient(null))
                .date(TestNotices.DATE).deadline(TestNotices.DATE.plusDays(5)).lines(List.of(plain)).build();

        String text = text(LetterPdf.render(composer.compose(request)));

        assertThat(text).contains("Outstanding", "800.00").doesNotContain("Interest", "Fee");
        assertThat(text(LetterPdf.render(composer.compose(TestNotices.dunningLetter(CREDITOR)
                .language(Locale.ENGLISH).build())))).contains("Fee", "Interest", "Amount");
    }

    @Test
    void anOutstandingListHasItsNotesAndAWhatHappensNextSectionButNoPaymentBox() throws IOException {
        NoticeLine line = new NoticeLine("1001", TestNotices.DATE.minusDays(60), TestNotices.DATE.minusDays(30),
                TestNotices.dkk("1250.00"), null, null, null, "Søren Kjær · reminder sent 2026-11-10");
        NoticeRequest request = NoticeRequest.builder(CREDITOR, "k", NoticeKind.OUTSTANDING_LIST)
                .language(Locale.ENGLISH).sender(TestNotices.sender(null)).recipient(TestNotices.recipient(null))
                .date(TestNotices.DATE).deadline(TestNotices.DATE.plusDays(7)).lines(List.of(line))
                .closingText("Invoice 1001 gets a debt collection notice on 2026-11-24.").build();

        String text = text(LetterPdf.render(composer.compose(request)));

        assertThat(text).contains("Outstanding invoices", "Søren Kjær · reminder sent 2026-11-10",
                "What happens next", "Invoice 1001 gets a debt collection notice on 2026-11-24.",
                "Total outstanding: 1,250.00 DKK").doesNotContain("Pay by", "Amount to pay");
    }

    @Test
    void aLogoIsDrawnAndAnUnreadableOneIsAClearError() throws IOException {
        byte[] withLogo = LetterPdf.render(composer.compose(TestNotices.dunningLetter(CREDITOR)
                .sender(TestNotices.sender(TestNotices.logo())).build()));
        try (PDDocument pdf = Loader.loadPDF(withLogo)) {
            assertThat(pdf.getPage(0).getResources().getXObjectNames()).hasSize(1);
        }
        assertThatThrownBy(() -> LetterPdf.render(composer.compose(TestNotices.dunningLetter(CREDITOR)
                .sender(TestNotices.sender(new byte[] {1, 2, 3})).build())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("logo");
    }

    @Test
    void aLongLetterRunsOntoMorePagesWithTheHeadingsRepeated() throws IOException {
        List<NoticeLine> many = java.util.stream.IntStream.range(0, 80).mapToObj(i -> new NoticeLine("N" + (5000 + i),
                TestNotices.DATE.minusDays(40), TestNotices.DATE.minusDays(10), TestNotices.dkk("10.00"),
                TestNotices.dkk("1.00"), TestNotices.dkk("0.10"), null)).toList();
        byte[] pdf = LetterPdf.render(composer.compose(TestNotices.dunningLetter(CREDITOR).language(Locale.ENGLISH)
                .lines(many).build()));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(document)).contains("Invoice", "Due date", "Hygge Handel ApS");
        }
        assertThat(text(pdf)).contains("N5079", "888.00 DKK");
    }

    private String title(NoticeKind kind, String language) {
        return composer.compose(NoticeRequest.builder(CREDITOR, "k", kind).language(Locale.forLanguageTag(language))
                .sender(TestNotices.sender(null)).recipient(TestNotices.recipient(null)).date(TestNotices.DATE)
                .total(Money.of("0", "DKK")).build()).title();
    }

    /** The PDF's text, every run of white space (line breaks, no-break spaces) as one space. */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        }
    }
}
