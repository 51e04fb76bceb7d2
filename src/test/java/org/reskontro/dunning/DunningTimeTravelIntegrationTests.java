package org.reskontro.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.dunning.domain.BusinessCalendar;
import org.reskontro.ledger.Ledger;
import org.reskontro.shared.CountryCode;
import org.reskontro.simulator.dinero.DineroLine;
import org.reskontro.simulator.dinero.DineroOrganisation;
import org.reskontro.simulator.dinero.DineroSimulator;
import org.reskontro.simulator.dinero.NewContact;
import org.reskontro.simulator.dinero.NewInvoice;
import org.reskontro.testing.IntegrationTest;
import org.reskontro.testing.SimulatedDinero;
import org.reskontro.testing.TestCreditors;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Day by day from the due date to the hand-over, for each country's default policy: every letter, its day, its
 * deadline and its fee, over the real mirror (a synced simulator) and the real charges tables. The evaluation day
 * moves; the invoice stays unpaid. Running a day twice issues nothing new.
 */
@IntegrationTest
class DunningTimeTravelIntegrationTests {

    private static final LocalDate INVOICE_DATE = LocalDate.of(2025, 2, 3);
    private static final LocalDate DUE = LocalDate.of(2025, 2, 17);

    @Autowired Creditors creditors;
    @Autowired DineroSimulator simulator;
    @Autowired Ledger ledger;
    @Autowired Dunning dunning;
    org.reskontro.shared.CreditorId lastCreditor;

    record Sent(LocalDate on, String step, LocalDate deadline, String fee, String status) {
    }

    @Test
    void danishRykkereTenDaysApartThenThePaakravThenAProposedHandOver() {
        List<Sent> sent = travel(CountryCode.DK, "DKK");
        assertThat(sent).containsExactly(
                new Sent(LocalDate.of(2025, 2, 20), "DUNNING_LETTER", LocalDate.of(2025, 3, 3), "100.00", "TO_SEND"),
                new Sent(LocalDate.of(2025, 3, 4), "DUNNING_LETTER", LocalDate.of(2025, 3, 14), "100.00", "TO_SEND"),
                new Sent(LocalDate.of(2025, 3, 17), "COLLECTION_NOTICE", LocalDate.of(2025, 3, 27), "100.00", "TO_SEND"),
                new Sent(LocalDate.of(2025, 3, 28), "COLLECTION_HANDOVER", LocalDate.of(2025, 3, 28), "0.00", "PROPOSED"));
    }

    @Test
    void twoRunsOfOneDayAtOnceIssueEachStepOnce() throws Exception {
        travel(CountryCode.DK, "DKK", DUE.plusDays(2)); // set up, evaluated up to the day before the first step
        LocalDate firstStep = LocalDate.of(2025, 2, 20);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var a = pool.submit(() -> dunning.run(lastCreditor, firstStep));
            var b = pool.submit(() -> dunning.run(lastCreditor, firstStep));
            assertThat(a.get().stepsIssued() + b.get().stepsIssued()).isEqualTo(1);
        }
        assertThat(dunning.letters(lastCreditor, 10)).hasSize(1);
    }

    @Test
    void theLettersGoOutAsEmailsInTheCreditorsLanguageOnceEach() throws Exception {
        travel(CountryCode.NO, "NOK", LocalDate.of(2025, 3, 3)); // the reminder and the purring are issued by then
        creditors.saveLetterhead(lastCreditor, new org.reskontro.creditors.Letterhead(List.of("Fjordgata 1",
                "0150 Oslo"), "post@example.no", null, "1503.12.34567", null));
        int before = org.reskontro.testing.TestMailServer.received().size();
        assertThat(dunning.sendLetters(lastCreditor)).isEqualTo(2);
        assertThat(dunning.sendLetters(lastCreditor)).as("a second call sends nothing").isZero();
        var all = org.reskontro.testing.TestMailServer.received();
        var mails = all.subList(before, all.size());
        assertThat(mails).hasSize(2);
        for (var mail : mails) {
            assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("Debtor NO <debtor@example.com>");
        }
        String purring = com.icegreen.greenmail.util.GreenMailUtil.getBody(mails.get(1));
        assertThat(mails.get(1).getSubject()).containsIgnoringCase("purring");
        assertThat(purring).contains("KID").contains("1503.12.34567");
        assertThat(dunning.letters(lastCreditor, 10)).allSatisfy(l -> assertThat(l.status()).isEqualTo("SENT"));
    }

    @Test
    void theCreditorGetsItsOutstandingListOnceADayWithWhatIsOpenAndWhatComes() throws Exception {
        travel(CountryCode.DK, "DKK", LocalDate.of(2025, 2, 20));
        org.reskontro.testing.TestOperators.runAsAgencyAdmin(() -> dunning.configureOutstandingList(lastCreditor,
                new OutstandingListSettings("kredit@example.com", java.util.Set.of(java.time.DayOfWeek.MONDAY))));
        int before = org.reskontro.testing.TestMailServer.receivedBy("kredit@example.com").size();
        var first = dunning.sendOutstandingList(lastCreditor);
        var again = dunning.sendOutstandingList(lastCreditor);
        assertThat(again.id()).isEqualTo(first.id());
        var mails = org.reskontro.testing.TestMailServer.receivedBy("kredit@example.com");
        assertThat(mails).hasSize(before + 1);
        String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(mails.getLast());
        assertThat(body).contains("1.000,00").contains("Debtor DK");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new OutstandingListSettings("no-at-sign",
                java.util.Set.of(java.time.DayOfWeek.MONDAY))).hasMessageContaining("e-mail address");
    }

    @Test
    void aProposedHandOverIsSentOnlyOnceApproved() {
        List<Sent> sent = travel(CountryCode.SE, "SEK");
        assertThat(sent.getLast().status()).isEqualTo("PROPOSED");
        var proposed = dunning.letters(lastCreditor, 10).stream().filter(l -> l.status().equals("PROPOSED")).findFirst()
                .orElseThrow();
        dunning.approveLetter(lastCreditor, proposed.id());
        assertThat(dunning.letters(lastCreditor, 10)).filteredOn(l -> l.id().equals(proposed.id()))
                .singleElement().satisfies(l -> assertThat(l.status()).isEqualTo("TO_SEND"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> dunning.cancelLetter(lastCreditor, proposed.id()))
                .hasMessageContaining("awaiting approval");
    }

    @Test
    void norwegianRemindersEveryFiveDaysThenPurringAtFourteenDaysThenInkassovarsel() {
        List<Sent> sent = travel(CountryCode.NO, "NOK");
        assertThat(sent).containsExactly(
                new Sent(LocalDate.of(2025, 2, 24), "REMINDER", LocalDate.of(2025, 3, 3), "0.00", "TO_SEND"),
                new Sent(LocalDate.of(2025, 3, 3), "DUNNING_LETTER", LocalDate.of(2025, 3, 17), "35.00", "TO_SEND"),
                new Sent(LocalDate.of(2025, 3, 18), "COLLECTION_NOTICE", LocalDate.of(2025, 4, 1), "35.00", "TO_SEND"),
                new Sent(LocalDate.of(2025, 4, 2), "COLLECTION_HANDOVER", LocalDate.of(2025, 4, 2), "0.00", "PROPOSED"));
    }

    @Test
    void swedishPaminnelseWithoutAnUnagreedFeeThenTheInkassokrav() {
        // Lag (1981:739): no påminnelseavgift unless agreed (the standard policy says it is not); 180 SEK for the
        // inkassokrav (3 § p. 1); due + 5 is a Saturday, so the påminnelse goes on Monday.
        assertThat(travel(CountryCode.SE, "SEK")).containsExactly(
                new Sent(LocalDate.of(2025, 2, 24), "DUNNING_LETTER", LocalDate.of(2025, 3, 6), "0.00", "TO_SEND"),
                new Sent(LocalDate.of(2025, 3, 7), "COLLECTION_NOTICE", LocalDate.of(2025, 3, 17), "180.00", "TO_SEND"),
                new Sent(LocalDate.of(2025, 3, 18), "COLLECTION_HANDOVER", LocalDate.of(2025, 3, 18), "0.00", "PROPOSED"));
    }

    @Test
    void finnishRemindersFourteenDaysApartThenTheMaksuvaatimusByPrincipalBand() {
        // Perintälaki 10 a §: 5 EUR from day 14, the next 14 days later, at most two; the maksuvaatimus 24 EUR for a
        // principal of 100-1,000 EUR, at least 14 days after the previous letter; all within the 120 EUR cap.
        assertThat(travel(CountryCode.FI, "EUR")).containsExactly(
                new Sent(LocalDate.of(2025, 3, 3), "DUNNING_LETTER", LocalDate.of(2025, 3, 17), "5.00", "TO_SEND"),
                new Sent(LocalDate.of(2025, 3, 18), "DUNNING_LETTER", LocalDate.of(2025, 4, 1), "5.00", "TO_SEND"),
                new Sent(LocalDate.of(2025, 4, 2), "COLLECTION_NOTICE", LocalDate.of(2025, 4, 16), "24.00", "TO_SEND"),
                new Sent(LocalDate.of(2025, 4, 17), "COLLECTION_HANDOVER", LocalDate.of(2025, 4, 17), "0.00", "PROPOSED"));
    }

    @ParameterizedTest
    @EnumSource(CountryCode.class)
    void everyCountryEndsInAHandOverWithLettersOnBusinessDaysOnly(CountryCode country) {
        List<Sent> sent = travel(country, switch (country) {
            case DK -> "DKK";
            case NO -> "NOK";
            case SE -> "SEK";
            case FI -> "EUR";
        });
        BusinessCalendar calendar = new BusinessCalendar(country);
        assertThat(sent).isNotEmpty();
        assertThat(sent.getLast().step()).isEqualTo("COLLECTION_HANDOVER");
        assertThat(sent).allSatisfy(s -> {
            assertThat(calendar.isBusinessDay(s.on())).as("sent %s", s.on()).isTrue();
            assertThat(calendar.isBusinessDay(s.deadline())).as("deadline %s", s.deadline()).isTrue();
        });
        for (int i = 1; i < sent.size(); i++) {
            assertThat(sent.get(i).on()).isAfter(sent.get(i - 1).on());
        }
    }

    private List<Sent> travel(CountryCode country, String currency) {
        return travel(country, currency, DUE.plusDays(120));
    }

    /** Creates the creditor, its one debtor and its one unpaid invoice of 1,000.00, syncs, and runs every day. */
    private List<Sent> travel(CountryCode country, String currency, LocalDate lastDay) {
        String name = "Travel " + country + " " + UUID.randomUUID().toString().substring(0, 6);
        DineroOrganisation organisation = simulator.createOrganisation(name);
        UUID contact = simulator.addContact(organisation.id(), new NewContact("Debtor " + country, true, null,
                "Gade 1", "1000", "By", country.name(), "debtor@example.com", null, 14, true, false));
        Instant booked = INVOICE_DATE.atTime(9, 0).toInstant(ZoneOffset.UTC);
        simulator.addBookedInvoice(organisation.id(), new NewInvoice(contact, INVOICE_DATE, 14, currency, "Faktura",
                List.of(DineroLine.of("Ydelser", new BigDecimal("800.00")))), booked, booked);
        Creditor creditor = TestCreditors.of(creditors, country, name, LocalDate.of(2025, 1, 1));
        lastCreditor = creditor.id();
        SimulatedDinero.connect(creditors, simulator, creditor, organisation, organisation.credentials().asMap());
        ledger.runSync(creditor.id(), ledger.queueSync(creditor.id(), "test"));
        assertThat(ledger.openItems(creditor.id(), null, 10)).singleElement()
                .satisfies(item -> assertThat(item.dueDate()).isEqualTo(DUE));

        for (LocalDate day = DUE.minusDays(2); !day.isAfter(lastDay); day = day.plusDays(1)) {
            dunning.run(creditor.id(), day);
            RunSummary again = dunning.run(creditor.id(), day);
            assertThat(again.stepsIssued()).as("a second run on %s", day).isZero();
        }
        List<Sent> sent = new ArrayList<>();
        UUID document = ledger.openItems(creditor.id(), null, 1).getFirst().documentId();
        for (TimelineEntry entry : dunning.timeline(creditor.id(), document)) {
            if (entry.kind().equals("ISSUED")) {
                sent.add(new Sent(entry.on(), entry.stepType(), entry.date(), entry.fee().amount().toPlainString(),
                        entry.letterStatus()));
            }
        }
        return sent;
    }
}
