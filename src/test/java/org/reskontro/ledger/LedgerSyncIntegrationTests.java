package org.reskontro.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reskontro.creditors.ConnectionSettings;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.scheduling.SyncJobs;
import org.reskontro.shared.AccountingSystemKind;
import org.reskontro.simulator.dinero.DineroDocument;
import org.reskontro.simulator.dinero.DineroDocumentKind;
import org.reskontro.simulator.dinero.DineroOrganisation;
import org.reskontro.simulator.dinero.DineroSimulator;
import org.reskontro.simulator.dinero.Fault;
import org.reskontro.simulator.dinero.NewPayment;
import org.reskontro.testing.IntegrationTest;
import org.reskontro.testing.MirrorInvariants;
import org.reskontro.testing.MutableClock;
import org.reskontro.testing.SimulatedDinero;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A creditor's Dinero books, over real HTTP, into the mirror: what is open, what changed, and what fails cleanly. */
@IntegrationTest
class LedgerSyncIntegrationTests {

    private static final AtomicLong SEEDS = new AtomicLong(7_000);

    @Autowired Creditors creditors;
    @Autowired Ledger ledger;
    @Autowired SyncJobs jobs;
    @Autowired DineroSimulator simulator;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    DineroOrganisation organisation;
    Creditor creditor;
    LocalDate startDate;

    @BeforeEach
    void aCreditorOnItsOwnSimulatedDineroOrganisation() {
        SimulatedDinero.Connected connected = SimulatedDinero.creditor(creditors, simulator, "Mirror ApS", 30, 250, 90);
        organisation = connected.organisation();
        creditor = connected.creditor();
        startDate = creditor.startDate();
    }

    @Test
    void aSyncMirrorsExactlyTheOpenDocumentsDatedFromTheStartDate() {
        SyncRun run = sync();

        assertThat(run.status()).isEqualTo(SyncRun.Status.SUCCEEDED);
        Map<String, BigDecimal> expected = SimulatedDinero.expectedOpen(simulator, organisation.id(), startDate);
        Map<String, BigDecimal> mirrored = MirrorInvariants.nonZeroOpen(jdbc, creditor.id());
        assertThat(expected).isNotEmpty();
        assertThat(mirrored).isEqualTo(expected);
        assertThat(run.documentsToDetail()).as("one balance request per open document, none for settled ones")
                .isEqualTo(expected.size());
        // Every debtor contact is mirrored; creditor-only contacts (about 3 % of generated ones) are not debtors.
        assertThat(jdbc.sql("select count(*) from ledger.customer where creditor_id = ?").param(creditor.id().value())
                .query(Long.class).single()).isGreaterThanOrEqualTo(simulator.contacts(organisation.id()).stream()
                        .filter(c -> c.debitor() && !c.deleted()).count());
        assertThat(ledger.openItems(creditor.id(), null, 10_000)).allSatisfy(item -> {
            assertThat(item.issueDate()).isAfterOrEqualTo(startDate);
            assertThat(item.debtorName()).isNotBlank();
        });
    }

    @Test
    void aSecondSyncWithoutChangesWritesNothingAndAsksForNoBalance() {
        sync();
        SyncRun second = sync();
        assertThat(second.status()).isEqualTo(SyncRun.Status.SUCCEEDED);
        assertThat(second.changesApplied()).isZero();
        assertThat(second.documentsToDetail()).isZero();
    }

    @Test
    void aPaymentInDineroBecomesANewRevisionAndAPaymentNeverAnEdit() {
        sync();
        DineroDocument open = anOpenInvoice();
        BigDecimal part = open.remainingAmount().divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.HALF_UP);
        clock.advance(Duration.ofHours(1));
        UUID payment = simulator.registerPayment(organisation.id(), open.guid(), new NewPayment(simulator.today(), part, "Bank"));

        SyncRun run = sync();
        assertThat(run.documentsToDetail()).isEqualTo(1);
        assertThat(MirrorInvariants.nonZeroOpen(jdbc, creditor.id()).get(open.guid().toString())).isEqualByComparingTo(open.remainingAmount().subtract(part));
        assertThat(revisions(open.guid())).isEqualTo(2);

        clock.advance(Duration.ofHours(1));
        simulator.deletePayment(organisation.id(), open.guid(), payment);
        sync();
        assertThat(MirrorInvariants.nonZeroOpen(jdbc, creditor.id()).get(open.guid().toString())).isEqualByComparingTo(open.remainingAmount());
        assertThat(revisions(open.guid())).isEqualTo(3);
        assertThat(jdbc.sql("""
                select count(*) from ledger.payment p join ledger.document d on d.creditor_id = p.creditor_id and d.id = p.document_id
                where p.creditor_id = ? and d.external_id = ? and p.reverses is not null""")
                .params(creditor.id().value(), open.guid().toString()).query(Long.class).single())
                .as("the vanished payment is reversed, not deleted").isEqualTo(1);
    }

    @Test
    void wrongCredentialsFailClearlyAndKeepTheLastGoodMirror() {
        sync();
        Map<String, BigDecimal> before = MirrorInvariants.nonZeroOpen(jdbc, creditor.id());
        connect(Map.of("apiKey", "not-the-key"));
        clock.advance(Duration.ofHours(1));
        simulator.registerPayment(organisation.id(), anOpenInvoice().guid(), new NewPayment(simulator.today(),
                BigDecimal.ONE, "Bank"));

        SyncRun failed = sync();
        assertThat(failed.status()).isEqualTo(SyncRun.Status.FAILED);
        assertThat(failed.errorCategory()).isEqualTo("AUTHENTICATION");
        assertThat(failed.errorMessage()).contains("credentials").doesNotContain("not-the-key");
        assertThat(MirrorInvariants.nonZeroOpen(jdbc, creditor.id())).isEqualTo(before);
    }

    @Test
    void aMalformedPageLeavesNothingHalfWritten() {
        simulator.injectFaults(organisation.id(), Fault.malformedJson());
        SyncRun failed = sync();
        assertThat(failed.status()).isEqualTo(SyncRun.Status.FAILED);
        assertThat(failed.errorCategory()).isEqualTo("MALFORMED_RESPONSE");
        assertThat(MirrorInvariants.nonZeroOpen(jdbc, creditor.id())).isEmpty();
        simulator.clearFaults(organisation.id());
        assertThat(sync().status()).isEqualTo(SyncRun.Status.SUCCEEDED);
        assertThat(MirrorInvariants.nonZeroOpen(jdbc, creditor.id())).isEqualTo(SimulatedDinero.expectedOpen(simulator, organisation.id(), startDate));
    }

    @Test
    void anUnknownOrganisationIsNamedInTheError() {
        creditors.connect(creditor.id(), new ConnectionSettings(AccountingSystemKind.DINERO, simulator.baseUrl().toString(),
                simulator.tokenUrl().toString(), "999999999", organisation.credentials().asMap()));
        SyncRun failed = sync();
        assertThat(failed.errorCategory()).isIn("NOT_FOUND", "AUTHENTICATION");
        assertThat(failed.errorMessage()).contains("999999999");
    }

    @Test
    void syncNowRunsOnTheSchedulerAndOnlyOnceAtATime() {
        SyncRunId first = jobs.syncNow(creditor.id(), "test");
        SyncRunId again = jobs.syncNow(creditor.id(), "test");
        assertThat(again).isEqualTo(first);
        await().atMost(Duration.ofSeconds(60)).until(() -> !ledger.syncRun(creditor.id(), first).orElseThrow().active());
        assertThat(ledger.syncRun(creditor.id(), first).orElseThrow().status()).isEqualTo(SyncRun.Status.SUCCEEDED);
        assertThat(MirrorInvariants.nonZeroOpen(jdbc, creditor.id())).isEqualTo(SimulatedDinero.expectedOpen(simulator, organisation.id(), startDate));
    }

    @Test
    void aRunWhoseNodeDiedMidwayIsTakenUpAgainAndAFinishedOneIsNeverRunTwice() {
        SyncRunId run = ledger.queueSync(creditor.id(), "test");
        // The node picked the run and died before the apply: the row says RUNNING, nothing was written.
        jdbc.sql("update ledger.sync_run set status = 'RUNNING', phase = 'balances' where creditor_id = ? and id = ?")
                .params(creditor.id().value(), run.value()).update();

        ledger.runSync(creditor.id(), run); // db-scheduler re-delivers the dead execution
        SyncRun taken = ledger.syncRun(creditor.id(), run).orElseThrow();
        assertThat(taken.status()).isEqualTo(SyncRun.Status.SUCCEEDED);
        assertThat(MirrorInvariants.nonZeroOpen(jdbc, creditor.id())).isEqualTo(SimulatedDinero.expectedOpen(simulator, organisation.id(), startDate));
        int revisions = jdbc.sql("select count(*) from ledger.document_revision where creditor_id = ?")
                .param(creditor.id().value()).query(Integer.class).single();

        ledger.runSync(creditor.id(), run); // a duplicate delivery of a finished run
        assertThat(jdbc.sql("select count(*) from ledger.document_revision where creditor_id = ?")
                .param(creditor.id().value()).query(Integer.class).single()).isEqualTo(revisions);
        assertThat(ledger.syncRun(creditor.id(), run).orElseThrow().finishedAt()).isEqualTo(taken.finishedAt());
    }

    private SyncRun sync() {
        SyncRunId run = ledger.queueSync(creditor.id(), "test");
        ledger.runSync(creditor.id(), run);
        return ledger.syncRun(creditor.id(), run).orElseThrow();
    }

    private void connect(Map<String, String> credentials) {
        SimulatedDinero.connect(creditors, simulator, creditor, organisation, credentials);
    }



    private DineroDocument anOpenInvoice() {
        List<DineroDocument> open = simulator.documents(organisation.id()).stream()
                .filter(d -> d.kind() == DineroDocumentKind.INVOICE && d.booked() && !d.deleted()
                        && !d.date().isBefore(startDate) && d.remainingAmount().signum() > 0)
                .toList();
        return open.getFirst();
    }

    private int revisions(UUID guid) {
        return jdbc.sql("""
                select count(*) from ledger.document_revision r join ledger.document d
                  on d.creditor_id = r.creditor_id and d.id = r.document_id
                where r.creditor_id = ? and d.external_id = ?""")
                .params(creditor.id().value(), guid.toString()).query(Integer.class).single();
    }
}
