package org.reskontro.bookkeeping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reskontro.testing.CrashAndRestart.signInAs;
import static org.reskontro.testing.CrashAndRestart.syncAndAssertClean;
import static org.reskontro.testing.CrashAndRestart.untilItSurvives;

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
import org.reskontro.creditors.Creditors;
import org.reskontro.dunning.Dunning;
import org.reskontro.ledger.Ledger;
import org.reskontro.platform.security.Operators;
import org.reskontro.shared.CreditorId;
import org.reskontro.simulator.poweroffice.PowerOfficeSimulator;
import org.reskontro.testing.IntegrationTest;
import org.reskontro.testing.MutableClock;
import org.reskontro.testing.SimulatedPowerOffice;
import org.reskontro.testing.TestCrashPoints;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The same proof against PowerOffice Go's simulator over HTTP, for a Norwegian creditor with generated books: a month
 * of dunning (påminnelse, purring with purregebyr and forsinkelsesrente), then fee posting, a write-off and a payment,
 * with the process dying at seeded random points of every send. Every document and payment exists exactly once in
 * PowerOffice Go (counted by its ExternalImportReference) and every sync reconciles.
 */
@IntegrationTest
class PowerOfficeBookkeepingEndToEndIntegrationTests {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 2);

    @Autowired Creditors creditors;
    @Autowired PowerOfficeSimulator simulator;
    @Autowired Ledger ledger;
    @Autowired Dunning dunning;
    @Autowired Bookkeeping bookkeeping;
    @Autowired BookedCharges charges;
    @Autowired BookingOutbox outbox;
    @Autowired TestCrashPoints crashPoints;
    @Autowired MutableClock clock;
    @Autowired Operators operators;

    Instant before;

    @BeforeEach
    void travel() {
        before = clock.instant();
        clock.set(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC));
    }

    @AfterEach
    void restore() {
        crashPoints.disarm();
        clock.set(before);
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12})
    void everyDocumentAndPaymentExistsOnceInPowerOfficeAfterCrashes(long seed) {
        var connected = SimulatedPowerOffice.creditor(creditors, simulator, "Fjord " + seed + " AS", 8, 60, 200);
        CreditorId creditor = connected.creditor().id();
        UUID client = connected.client().id();
        signInAs(operators, creditor);
        syncAndAssertClean(ledger, creditor);
        for (LocalDate day = TODAY.minusDays(30); !day.isAfter(TODAY); day = day.plusDays(1)) {
            dunning.run(creditor, day);
        }
        dunning.sendLetters(creditor);

        crashPoints.arm(seed, 0.3);
        untilItSurvives(() -> bookkeeping.postFees(creditor));
        List<ChargeView> charged = charges.charges(creditor, null, 500);
        assertThat(charged).as("purregebyr charged").anySatisfy(c -> assertThat(c.kind()).isEqualTo(ChargeKind.FEE));
        assertThat(outbox.counts(creditor)).as("nothing refused").doesNotContainKey(OutboxStatus.FAILED);
        assertExactlyOnce(creditor, client);
        syncAndAssertClean(ledger, creditor);

        ChargeView fee = charged.stream().filter(c -> c.kind() == ChargeKind.FEE).findFirst().orElseThrow();
        charges.writeOff(creditor, fee.id(), "Kunden har klaget");
        untilItSurvives(() -> bookkeeping.postFees(creditor));
        assertExactlyOnce(creditor, client);
        syncAndAssertClean(ledger, creditor);
        assertThat(charges.charge(creditor, fee.id()).standing()).isEqualTo("REVERSED");

        ChargeView some = charged.stream().filter(c -> c.kind() == ChargeKind.FEE && !c.id().equals(fee.id()))
                .findFirst().orElse(null);
        if (some != null) {
            // the invoice's oldest standing fee is what a payment of that amount covers first
            ChargeView other = charges.charges(creditor, some.documentId(), 100).stream()
                    .filter(c -> c.kind() == ChargeKind.FEE && !c.writtenOff()).findFirst().orElseThrow();
            List<PaymentPart> parts = charges.registerPayment(creditor, other.documentId(), other.amount(), TODAY,
                    "bank-" + seed);
            assertThat(parts.getFirst().role()).as("costs first").isEqualTo("FEE");
            untilItSurvives(() -> bookkeeping.sendOutbox(creditor));
            assertExactlyOnce(creditor, client);
            syncAndAssertClean(ledger, creditor);
            bookkeeping.monitorPayments(creditor);
            assertThat(charges.charge(creditor, other.id()).standing()).isEqualTo("PAID");
        }
        assertThat(crashPoints.crashes()).as("the process did die along the way").isPositive();
    }


    private void assertExactlyOnce(CreditorId creditor, UUID client) {
        List<OutboxEntry> entries = outbox.entries(creditor, null, 1000);
        assertThat(entries).allSatisfy(entry -> assertThat(simulator.documentsWithReference(client,
                entry.id().toString())).as(entry.summary()).isEqualTo(entry.status() == OutboxStatus.SENT ? 1 : 0));
    }


}
