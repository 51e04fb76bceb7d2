package org.reskontro.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.simulator.dinero.DineroDocument;
import org.reskontro.simulator.dinero.DineroDocumentKind;
import org.reskontro.simulator.dinero.DineroOrganisation;
import org.reskontro.simulator.dinero.DineroSimulator;
import org.reskontro.simulator.dinero.NewPayment;
import org.reskontro.testing.IntegrationTest;
import org.reskontro.testing.MutableClock;
import org.reskontro.testing.SimulatedDinero;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Delta syncs from a change cursor, full sweeps, and the reconciliation report each sync writes (I1). */
@IntegrationTest
class ReconciliationIntegrationTests {

    private static final AtomicLong SEEDS = new AtomicLong(9_000);

    @Autowired Creditors creditors;
    @Autowired Ledger ledger;
    @Autowired DineroSimulator simulator;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    DineroOrganisation organisation;
    Creditor creditor;
    LocalDate startDate;

    @BeforeEach
    void aCreditorOnItsOwnSimulatedDineroOrganisation() {
        SimulatedDinero.Connected connected = SimulatedDinero.creditor(creditors, simulator, "Recon ApS", 40, 600, 100);
        organisation = connected.organisation();
        creditor = connected.creditor();
        startDate = creditor.startDate();
    }

    @Test
    void theFirstSyncIsAFullSweepAndSaysExplicitlyThatBothLedgersAgree() {
        SyncRun run = sync();
        assertThat(run.mode()).isEqualTo("FULL");
        ReconciliationReport report = ledger.reconciliation(creditor.id(), run.id()).orElseThrow();
        assertThat(report.scope()).isEqualTo("FULL");
        assertThat(report.clean()).isTrue();
        assertThat(report.documentsChecked()).isEqualTo(mirroredDocuments()).isPositive();
        assertThat(report.documentsAgreeing()).isEqualTo(report.documentsChecked());
    }

    @Test
    void laterSyncsAskOnlyForChangesAndTheirRequestsGrowWithChangesNotWithOpenItems() {
        SyncRun full = sync();
        clock.advance(Duration.ofHours(1));
        SyncRun quiet = sync();
        assertThat(quiet.mode()).isEqualTo("DELTA");
        assertThat(quiet.documentsSeen()).isZero();

        pay(1);
        SyncRun oneChange = sync();
        pay(5);
        SyncRun fiveChanges = sync();

        assertThat(oneChange.mode()).isEqualTo("DELTA");
        assertThat(oneChange.documentsToDetail()).isEqualTo(1);
        assertThat(fiveChanges.documentsToDetail()).isEqualTo(5);
        assertThat(fiveChanges.httpRequests() - oneChange.httpRequests()).isEqualTo(4);
        assertThat(oneChange.httpRequests()).isLessThan(full.httpRequests() / 10);
        ReconciliationReport delta = ledger.reconciliation(creditor.id(), fiveChanges.id()).orElseThrow();
        assertThat(delta.scope()).isEqualTo("DELTA");
        assertThat(delta.clean()).isTrue();
        assertThat(delta.documentsChecked()).isGreaterThanOrEqualTo(5);
        assertThat(mirroredOpenOf(openInvoices().getFirst())).isEqualByComparingTo(openInvoices().getFirst().remainingAmount());
    }

    @Test
    void aFullSweepRunsAgainOnceTheIntervalHasPassedOrWhenAsked() {
        sync();
        clock.advance(Duration.ofHours(25));
        assertThat(sync().mode()).isEqualTo("FULL");
        clock.advance(Duration.ofMinutes(10));
        assertThat(sync().mode()).isEqualTo("DELTA");
        SyncRunId asked = ledger.queueFullSweep(creditor.id(), "test");
        ledger.runSync(creditor.id(), asked);
        assertThat(ledger.syncRun(creditor.id(), asked).orElseThrow().mode()).isEqualTo("FULL");
    }

    @Test
    void aMirrorThatDriftedIsListedWithTheDifferenceAndTheReason() {
        sync();
        DineroDocument victim = openInvoices().getFirst();
        jdbc.sql("""
                update ledger.open_item o set open_amount = open_amount + 100 from ledger.document d
                where d.creditor_id = o.creditor_id and d.id = o.document_id and d.creditor_id = ? and d.external_id = ?""")
                .params(creditor.id().value(), victim.guid().toString()).update();
        clock.advance(Duration.ofMinutes(10));

        SyncRunId sweep = ledger.queueFullSweep(creditor.id(), "test");
        ledger.runSync(creditor.id(), sweep);
        ReconciliationReport report = ledger.reconciliation(creditor.id(), sweep).orElseThrow();

        assertThat(report.clean()).isFalse();
        assertThat(report.discrepancies()).singleElement().satisfies(d -> {
            assertThat(d.externalId()).isEqualTo(victim.guid().toString());
            assertThat(d.reasonCode()).isEqualTo("MIRROR_INCONSISTENT");
            assertThat(d.mirrorOpen()).isEqualByComparingTo(victim.remainingAmount().add(BigDecimal.valueOf(100)));
        });
        assertThat(report.documentsAgreeing()).isEqualTo(report.documentsChecked() - 1);
    }

    @Test
    void aFailedSyncMovesNeitherTheCursorNorTheReport() {
        SyncRun first = sync();
        SimulatedDinero.connect(creditors, simulator, creditor, organisation, java.util.Map.of("apiKey", "wrong"));
        clock.advance(Duration.ofHours(26));
        assertThat(sync().status()).isEqualTo(SyncRun.Status.FAILED);
        assertThat(ledger.reconciliation(creditor.id(), null).orElseThrow().run()).isEqualTo(first.id());
    }

    private void pay(int invoices) {
        clock.advance(Duration.ofMinutes(10));
        for (DineroDocument invoice : openInvoices().subList(0, invoices)) {
            simulator.registerPayment(organisation.id(), invoice.guid(), new NewPayment(simulator.today(),
                    new BigDecimal("10.00"), "Bank"));
        }
        clock.advance(Duration.ofMinutes(10));
    }

    private List<DineroDocument> openInvoices() {
        return simulator.documents(organisation.id()).stream()
                .filter(d -> d.kind() == DineroDocumentKind.INVOICE && d.booked() && !d.deleted()
                        && !d.date().isBefore(startDate) && d.remainingAmount().compareTo(new BigDecimal("100")) > 0)
                .toList();
    }

    private SyncRun sync() {
        SyncRunId run = ledger.queueSync(creditor.id(), "test");
        ledger.runSync(creditor.id(), run);
        return ledger.syncRun(creditor.id(), run).orElseThrow();
    }

    private int mirroredDocuments() {
        return jdbc.sql("select count(*) from ledger.document where creditor_id = ?").param(creditor.id().value())
                .query(Integer.class).single();
    }

    private BigDecimal mirroredOpenOf(DineroDocument document) {
        return jdbc.sql("""
                select o.open_amount from ledger.open_item o join ledger.document d
                  on d.creditor_id = o.creditor_id and d.id = o.document_id
                where d.creditor_id = ? and d.external_id = ?""")
                .params(creditor.id().value(), document.guid().toString()).query(BigDecimal.class).single();
    }
}
