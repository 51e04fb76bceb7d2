package org.reskontro.bookkeeping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reskontro.testing.CrashAndRestart.signInAs;
import static org.reskontro.testing.CrashAndRestart.syncAndAssertClean;
import static org.reskontro.testing.CrashAndRestart.untilItSurvives;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reskontro.bookkeeping.spi.ChargeKind;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.dunning.Dunning;
import org.reskontro.ledger.ChargeDocuments;
import org.reskontro.ledger.ClaimLine;
import org.reskontro.ledger.AgingReport;
import org.reskontro.ledger.Ledger;
import org.reskontro.platform.security.Operators;
import org.reskontro.shared.CountryCode;
import org.reskontro.shared.CreditorId;
import org.reskontro.shared.Money;
import org.reskontro.simulator.dinero.DineroLine;
import org.reskontro.simulator.dinero.DineroOrganisation;
import org.reskontro.simulator.dinero.DineroSimulator;
import org.reskontro.simulator.dinero.NewContact;
import org.reskontro.simulator.dinero.NewInvoice;
import org.reskontro.testing.IntegrationTest;
import org.reskontro.testing.MutableClock;
import org.reskontro.testing.SimulatedDinero;
import org.reskontro.testing.TestCrashPoints;
import org.reskontro.testing.TestCreditors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The proof, through the real Dinero connector and simulator over HTTP: dunning charges a fee and interest,
 * the fee posting books a fee invoice and an interest note, a write-off books the reversal, a payment registered on
 * the line is split costs → interest → principal and booked, and payment monitoring sees it. The process "dies" at
 * seeded random points of every send (before the request, after the accounting system accepted it, before the
 * commit) and is started again; afterwards the simulator holds every document and payment exactly once, and every
 * sync's reconciliation report is clean.
 */
@IntegrationTest
class BookkeepingEndToEndIntegrationTests {

    private static final LocalDate INVOICE_DATE = LocalDate.of(2025, 2, 3);
    private static final LocalDate FIRST_LETTER = LocalDate.of(2025, 2, 20);

    @Autowired Creditors creditors;
    @Autowired DineroSimulator simulator;
    @Autowired Ledger ledger;
    @Autowired Dunning dunning;
    @Autowired Bookkeeping bookkeeping;
    @Autowired BookedCharges charges;
    @Autowired BookingOutbox outbox;
    @Autowired Claims claims;
    @Autowired BookkeepingSettingsStore settingsStore;
    @Autowired ChargeDocuments chargeDocuments;
    @Autowired TestCrashPoints crashPoints;
    @Autowired MutableClock clock;
    @Autowired Operators operators;

    Instant before;

    @BeforeEach
    void travelBackToTheDunningDay() {
        before = clock.instant();
        clock.set(FIRST_LETTER.atTime(10, 0).toInstant(ZoneOffset.UTC));
    }

    @AfterEach
    void restore() {
        crashPoints.disarm();
        clock.set(before);
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void everyDocumentAndPaymentExistsOnceAfterCrashesAndTheBooksReconcile(long seed) {
        Setup setup = creditorWithOneOverdueInvoice(seed);
        CreditorId creditor = setup.creditor().id();
        signInAs(operators, creditor);
        assertThat(dunning.run(creditor, FIRST_LETTER).stepsIssued()).isEqualTo(1);
        assertThat(dunning.sendLetters(creditor)).isEqualTo(1);

        String notesTo = "bogholderi-" + seed + "-" + UUID.randomUUID().toString().substring(0, 6) + "@example.dk";
        var defaults = settingsStore.settings(creditor);
        settingsStore.save(creditor, new BookkeepingSettings(defaults.mode(), defaults.feeAccount(),
                defaults.interestAccount(), defaults.depositAccount(), defaults.paymentDays(), null, null, notesTo));

        crashPoints.arm(seed, 0.3);
        untilItSurvives(() -> bookkeeping.postFees(creditor));
        crashPoints.disarm();
        bookkeeping.postFees(creditor); // a later posting lists notes a crashed one booked but did not list
        assertThat(org.reskontro.testing.TestMailServer.receivedBy(notesTo)).as("one list of interest notes, however often the posting died")
                .singleElement().satisfies(mail -> assertThat(mail.getSubject()).contains("Rentenotaer bogført"));
        crashPoints.arm(seed + 100, 0.3);
        List<ChargeView> charged = charges.charges(creditor, null, 10);
        assertThat(charged).extracting(ChargeView::kind)
                .containsExactlyInAnyOrder(ChargeKind.FEE, ChargeKind.INTEREST);
        ChargeView fee = charged.stream().filter(c -> c.kind() == ChargeKind.FEE).findFirst().orElseThrow();
        ChargeView interest = charged.stream().filter(c -> c.kind() == ChargeKind.INTEREST).findFirst().orElseThrow();
        assertThat(fee.amount().sameAs(dkk("100.00"))).as("the DK rykkergebyr, %s", fee.amount()).isTrue();
        assertThat(interest.amount().isPositive()).isTrue();
        assertThat(interest.explanation()).contains("DK");
        assertExactlyOnceInTheSimulator(setup, creditor);

        syncAndAssertClean(ledger, creditor);
        ClaimLine line = claims.lines(creditor, null, 10).getFirst().line();
        assertThat(line.invoice().open().sameAs(dkk("1000.00"))).isTrue();
        assertThat(line.feesOpen().sameAs(dkk("100.00"))).isTrue();
        assertThat(line.interestOpen().sameAs(interest.amount())).isTrue();
        AgingReport report = ledger.aging(creditor, setup.creditor().timeZone());
        AgingReport.Row aging = report.rows().getFirst();
        long overdue = ledger.openItems(creditor, null, 10).getFirst().daysOverdue(report.asOf());
        assertThat(aging.counts().stream().mapToInt(Integer::intValue).sum())
                .as("the fee invoice and the interest note are part of the invoice's line").isEqualTo(1);
        assertThat(aging.total().sameAs(dkk("1100.00").plus(interest.amount()))).as("%s", aging.total()).isTrue();
        assertThat(aging.counts().get(AgingReport.Bucket.of(overdue).ordinal()))
                .as("aged as the invoice is").isEqualTo(1);
        assertThat(claims.lines(creditor, null, 10)).as("the charge documents are not lines of their own").hasSize(1);
        assertThat(ledger.openItems(creditor, null, 10)).as("nor followed up on their own").hasSize(1);
        String feeDocument = charges.charge(creditor, fee.id()).externalId();
        assertThat(simulator.document(setup.organisation().id(), UUID.fromString(feeDocument)).orElseThrow()
                .description()).contains("Reskontro gebyr", "ID: " + fee.seq());

        charges.writeOff(creditor, fee.id(), "Goodwill: first reminder");
        untilItSurvives(() -> bookkeeping.postFees(creditor));
        assertExactlyOnceInTheSimulator(setup, creditor);
        syncAndAssertClean(ledger, creditor);
        assertThat(claims.lines(creditor, null, 10).getFirst().line().feesOpen().isZero()).as("reversed").isTrue();
        assertThat(charges.charge(creditor, fee.id()).standing()).isEqualTo("REVERSED");

        Money owed = dkk("1000.00").plus(interest.amount());
        List<PaymentPart> parts = charges.registerPayment(creditor, setup.invoiceDocument(creditor, ledger), owed,
                FIRST_LETTER, "bank-" + seed);
        assertThat(parts).extracting(PaymentPart::role).containsExactly("INTEREST", "PRINCIPAL");
        assertThat(charges.registerPayment(creditor, setup.invoiceDocument(creditor, ledger), owed, FIRST_LETTER,
                "bank-" + seed)).as("the same reference again").extracting(PaymentPart::outboxId)
                .containsExactlyElementsOf(parts.stream().map(PaymentPart::outboxId).toList());
        untilItSurvives(() -> bookkeeping.sendOutbox(creditor));
        assertExactlyOnceInTheSimulator(setup, creditor);
        syncAndAssertClean(ledger, creditor);
        assertThat(claims.lines(creditor, null, 10)).as("everything paid").isEmpty();

        MonitoringSummary monitored = bookkeeping.monitorPayments(creditor);
        assertThat(monitored.paidInFull()).isEqualTo(1);
        assertThat(charges.charge(creditor, interest.id()).standing()).isEqualTo("PAID");
        assertThat(outbox.counts(creditor)).containsOnlyKeys(OutboxStatus.SENT);
        assertThat(outbox.counts(creditor).get(OutboxStatus.SENT)).isEqualTo(5);
    }


    /** Every outbox row that was sent has exactly one document or payment under its key, and nothing else exists. */
    private void assertExactlyOnceInTheSimulator(Setup setup, CreditorId creditor) {
        int organisation = setup.organisation().id();
        int documents = 0;
        int payments = 0;
        for (OutboxEntry entry : outbox.entries(creditor, null, 100)) {
            String reference = "reskontro:" + entry.id();
            if (entry.kind() == OutboxKind.PAYMENT) {
                assertThat(simulator.paymentsWithExternalReference(organisation, reference)).as(entry.summary())
                        .hasSize(entry.status() == OutboxStatus.SENT ? 1 : 0);
                payments++;
            } else {
                assertThat(simulator.documentsWithExternalReference(organisation, reference)).as(entry.summary())
                        .hasSize(entry.status() == OutboxStatus.SENT ? 1 : 0);
                documents++;
            }
        }
        assertThat(simulator.documents(organisation)).as("the invoice and Reskontro's documents, nothing more")
                .hasSize(1 + documents);
    }



    private Setup creditorWithOneOverdueInvoice(long seed) {
        String name = "Books " + seed + " " + UUID.randomUUID().toString().substring(0, 6);
        DineroOrganisation organisation = simulator.createOrganisation(name);
        UUID contact = simulator.addContact(organisation.id(), new NewContact("Debitor " + seed, true, null, "Gade 1",
                "1000", "København", "DK", "debitor@example.com", null, 14, true, false));
        Instant booked = INVOICE_DATE.atTime(9, 0).toInstant(ZoneOffset.UTC);
        simulator.addBookedInvoice(organisation.id(), new NewInvoice(contact, INVOICE_DATE, 14, "DKK", "Faktura",
                List.of(DineroLine.of("Ydelser", new BigDecimal("800.00")))), booked, booked);
        Creditor creditor = TestCreditors.of(creditors, CountryCode.DK, name, LocalDate.of(2025, 1, 1));
        SimulatedDinero.connect(creditors, simulator, creditor, organisation, organisation.credentials().asMap());
        ledger.runSync(creditor.id(), ledger.queueSync(creditor.id(), "test"));
        return new Setup(creditor, organisation);
    }

    private record Setup(Creditor creditor, DineroOrganisation organisation) {
        UUID invoiceDocument(CreditorId creditor, Ledger ledger) {
            return ledger.openItems(creditor, null, 10).getFirst().documentId();
        }
    }

    private static Money dkk(String amount) {
        return Money.of(amount, "DKK");
    }
}
