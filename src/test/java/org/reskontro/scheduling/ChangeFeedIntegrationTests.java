package org.reskontro.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.ledger.Ledger;
import org.reskontro.ledger.OpenItem;
import org.reskontro.ledger.SyncRun;
import org.reskontro.ledger.SyncRunId;
import org.reskontro.scheduling.cycle.ChangeFeedPoller;
import org.reskontro.simulator.dinero.DineroDocument;
import org.reskontro.simulator.dinero.DineroDocumentKind;
import org.reskontro.simulator.dinero.DineroOrganisation;
import org.reskontro.simulator.dinero.DineroSimulator;
import org.reskontro.simulator.dinero.NewInvoice;
import org.reskontro.simulator.dinero.NewPayment;
import org.reskontro.testing.IntegrationTest;
import org.reskontro.testing.MutableClock;
import org.reskontro.testing.SimulatedDinero;
import org.springframework.beans.factory.annotation.Autowired;

/** S-SYNC-6: between cycles, a booked invoice or a registered payment reaches the mirror on the next poll. */
@IntegrationTest
class ChangeFeedIntegrationTests {

    @Autowired Creditors creditors;
    @Autowired Ledger ledger;
    @Autowired ChangeFeedPoller poller;
    @Autowired DineroSimulator simulator;
    @Autowired MutableClock clock;

    DineroOrganisation organisation;
    Creditor creditor;

    @BeforeEach
    void aSyncedCreditor() {
        SimulatedDinero.Connected connected = SimulatedDinero.creditor(creditors, simulator, "Feed ApS", 20, 120, 100);
        organisation = connected.organisation();
        creditor = connected.creditor();
        SyncRunId first = ledger.queueSync(creditor.id(), "test");
        ledger.runSync(creditor.id(), first);
        creditor = creditors.get(creditor.id()).orElseThrow();
    }

    @Test
    void aQuietLedgerQueuesNoSyncAndChangesAlreadyMirroredCountNothing() {
        clock.advance(Duration.ofMinutes(1));
        assertThat(ledger.pendingChanges(creditor.id())).isZero();
        assertThat(poller.poll(List.of(creditor))).isZero();
        assertThat(ledger.recentSyncs(creditor.id(), 10)).hasSize(1);
    }

    @Test
    void aPaymentAndANewInvoiceReachTheMirrorOnTheNextPoll() {
        clock.advance(Duration.ofMinutes(1));
        DineroDocument open = simulator.documents(organisation.id()).stream()
                .filter(d -> d.kind() == DineroDocumentKind.INVOICE && d.booked() && !d.deleted()
                        && d.remainingAmount().compareTo(BigDecimal.TEN) > 0)
                .filter(d -> !d.date().isBefore(creditor.startDate())).findFirst().orElseThrow();
        simulator.registerPayment(organisation.id(), open.guid(), new NewPayment(simulator.today(), BigDecimal.TEN, "Bank"));
        UUID fresh = simulator.addInvoice(organisation.id(), NewInvoice.of(simulator.contacts(organisation.id()).stream()
                .filter(c -> c.debitor() && !c.deleted()).findFirst().orElseThrow().guid(), simulator.today(),
                new BigDecimal("800.00")));
        simulator.book(organisation.id(), fresh);

        assertThat(ledger.pendingChanges(creditor.id())).isEqualTo(2);
        assertThat(poller.poll(List.of(creditor))).isEqualTo(1);

        await().atMost(Duration.ofSeconds(30)).until(() -> ledger.recentSyncs(creditor.id(), 1).getFirst().status()
                == SyncRun.Status.SUCCEEDED && ledger.recentSyncs(creditor.id(), 10).size() == 2);
        SyncRun run = ledger.recentSyncs(creditor.id(), 1).getFirst();
        assertThat(run.mode()).isEqualTo("DELTA");
        assertThat(run.trigger()).startsWith("change feed");
        List<OpenItem> items = ledger.openItems(creditor.id(), null, 10_000);
        assertThat(items).anySatisfy(i -> assertThat(i.total().amount()).isEqualByComparingTo("1000.00"));
        assertThat(items).filteredOn(i -> i.number() != null && i.number() == open.number()).singleElement()
                .satisfies(i -> assertThat(i.open().amount()).isEqualByComparingTo(open.remainingAmount().subtract(BigDecimal.TEN)));
        assertThat(ledger.pendingChanges(creditor.id())).isZero();
    }
}
