package org.reskontro.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.ledger.persistence.StagingSchema;
import org.reskontro.simulator.dinero.DineroDocument;
import org.reskontro.simulator.dinero.DineroDocumentKind;
import org.reskontro.simulator.dinero.DineroOrganisation;
import org.reskontro.simulator.dinero.DineroSimulator;
import org.reskontro.simulator.dinero.NewPayment;
import org.reskontro.testing.IntegrationTest;
import org.reskontro.testing.MirrorInvariants;
import org.reskontro.testing.MutableClock;
import org.reskontro.testing.SimulatedDinero;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A sync whose process dies part-way, in-process: the database side of a kill (the connection drops in the middle
 * of the apply transaction, which is what PostgreSQL sees when the JVM is killed) and the scheduler side (the run
 * row left RUNNING, with the dead attempt's staged rows, taken again by another node). Each side is produced directly,
 * so these stay fast and deterministic; {@code KilledNodeIntegrationTests} kills a real second JVM with SIGKILL.
 */
@IntegrationTest
class SyncCrashIntegrationTests {

    @Autowired Creditors creditors;
    @Autowired Ledger ledger;
    @Autowired DineroSimulator simulator;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    DineroOrganisation organisation;
    Creditor creditor;
    LocalDate startDate;

    @BeforeEach
    void aCreditorWithAGoodMirror() {
        SimulatedDinero.Connected connected = SimulatedDinero.creditor(creditors, simulator, "Crash ApS", 20, 120, 90);
        organisation = connected.organisation();
        creditor = connected.creditor();
        startDate = creditor.startDate();
        assertThat(sync().status()).isEqualTo(SyncRun.Status.SUCCEEDED);
        assertThat(MirrorInvariants.nonZeroOpen(jdbc, creditor.id())).isEqualTo(SimulatedDinero.expectedOpen(simulator, organisation.id(), startDate));
    }

    @Test
    void theConnectionLostInTheMiddleOfTheApplyLeavesTheLastGoodMirrorAndTheNextSyncCatchesUp() {
        Map<String, BigDecimal> good = new MirrorInvariants(jdbc).snapshot(creditor.id());
        clock.advance(Duration.ofHours(1));
        openInvoices().stream().limit(3).forEach(d -> simulator.registerPayment(organisation.id(), d.guid(),
                new NewPayment(simulator.today(), BigDecimal.TEN, "Bank")));
        // The apply stalls at its first new revision of this creditor, inside its transaction, until its connection
        // is cut the way a killed process cuts it.
        jdbc.sql("""
                create or replace function public.reskontro_test_stall() returns trigger language plpgsql as $$
                begin perform pg_sleep(60); return new; end $$""").update();
        jdbc.sql("create trigger reskontro_test_stall before insert on ledger.document_revision for each row when "
                + "(new.creditor_id = '" + creditor.id().value() + "') execute function public.reskontro_test_stall()")
                .update();
        try {
            SyncRunId run = ledger.queueSync(creditor.id(), "test");
            CompletableFuture<Void> syncing = CompletableFuture.runAsync(() -> ledger.runSync(creditor.id(), run));
            List<Integer> applying = await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                    "select pid from pg_stat_activity where wait_event = 'PgSleep' and query like '%document_revision%'")
                    .query(Integer.class).list(), pids -> !pids.isEmpty());
            assertThat(new MirrorInvariants(jdbc).snapshot(creditor.id())).as("nothing shows before the commit")
                    .isEqualTo(good);

            jdbc.sql("select pg_terminate_backend(?)").param(applying.getFirst()).query(Boolean.class).single();
            syncing.join();

            assertThat(new MirrorInvariants(jdbc).snapshot(creditor.id())).as("the last good mirror").isEqualTo(good);
            assertThat(ledger.syncRun(creditor.id(), run).orElseThrow().status()).isEqualTo(SyncRun.Status.FAILED);
        } finally {
            jdbc.sql("drop trigger if exists reskontro_test_stall on ledger.document_revision").update();
        }
        clock.advance(Duration.ofMinutes(5));
        SyncRun next = sync();
        assertThat(next.status()).as(next.errorMessage()).isEqualTo(SyncRun.Status.SUCCEEDED);
        assertThat(MirrorInvariants.nonZeroOpen(jdbc, creditor.id())).isEqualTo(SimulatedDinero.expectedOpen(simulator, organisation.id(), startDate));
        assertThat(ledger.reconciliation(creditor.id(), next.id()).orElseThrow().clean()).isTrue();
    }

    @Test
    void aRunLeftRunningByADeadNodeIsShownInterruptedAndFinishedByTheNextNodeFromScratch() {
        clock.advance(Duration.ofHours(1));
        DineroDocument paid = openInvoices().getFirst();
        simulator.registerPayment(organisation.id(), paid.guid(), new NewPayment(simulator.today(), BigDecimal.ONE,
                "Bank"));
        SyncRunId run = ledger.queueSync(creditor.id(), "test");
        // The dead node had started the run, read part of the documents into staging and never came back.
        jdbc.sql("""
                update ledger.sync_run set status = 'RUNNING', phase = 'documents', started_at = ?, mode = 'DELTA'
                where creditor_id = ? and id = ?""")
                .params(java.sql.Timestamp.from(clock.instant()), creditor.id().value(), run.value()).update();
        String staging = StagingSchema.name(run);
        jdbc.sql("create schema " + staging + "; create unlogged table " + staging
                + ".sync_stage_document (like ledger.sync_stage_document including defaults)").update();
        jdbc.sql(StagingSchema.sql(run, """
                insert into ledger.sync_stage_document (creditor_id, sync_run_id, seq, external_id, kind, number,
                    customer_external_id, issue_date, due_date, currency, total_incl_vat, total_excl_vat, erp_status,
                    erp_version, deleted)
                values (?, ?, 1, ?, 'INVOICE', 1, 'stale', ?, ?, 'DKK', 1, 1, 'OPEN', 'stale', false)"""))
                .params(creditor.id().value(), run.value(), paid.guid().toString(), startDate, startDate).update();
        assertThat(ledger.queueSync(creditor.id(), "after the crash")).as("still the active run").isEqualTo(run);

        clock.advance(Duration.ofMinutes(3));
        ledger.runSync(creditor.id(), run); // the scheduler's dead-execution check hands it to a live node

        SyncRun finished = ledger.syncRun(creditor.id(), run).orElseThrow();
        assertThat(finished.status()).as(finished.errorMessage()).isEqualTo(SyncRun.Status.SUCCEEDED);
        assertThat(finished.notes()).startsWith("Interrupted: the attempt started at ")
                .contains("stopped without finishing while in phase 'documents'")
                .contains("started again at " + clock.instant());
        assertThat(MirrorInvariants.nonZeroOpen(jdbc, creditor.id())).isEqualTo(SimulatedDinero.expectedOpen(simulator, organisation.id(), startDate));
        assertThat(ledger.reconciliation(creditor.id(), run).orElseThrow().clean()).isTrue();
        assertThat(jdbc.sql("select count(*) from pg_namespace where nspname = ?").param(staging).query(Long.class)
                .single()).as("the dead attempt's staging is gone, and so is the finished run's").isZero();
    }

    @Test
    void stagingLeftByAnEarlierRunOfTheCreditorIsDroppedByItsNextRunAndEveryRunDropsItsOwn() {
        SyncRun earlier = sync();
        // a node died after its run was recorded but before its staging was dropped
        String leftover = StagingSchema.name(earlier.id());
        jdbc.sql("create schema " + leftover + "; create unlogged table " + leftover
                + ".sync_stage_document (like ledger.sync_stage_document including defaults)").update();
        clock.advance(Duration.ofMinutes(5));

        SyncRun next = sync();

        assertThat(next.status()).as(next.errorMessage()).isEqualTo(SyncRun.Status.SUCCEEDED);
        assertThat(jdbc.sql("select count(*) from pg_namespace where nspname in (?, ?)")
                .params(leftover, StagingSchema.name(next.id())).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from ledger.sync_stage_document").query(Long.class).single())
                .as("the template tables hold nothing").isZero();
    }

    private SyncRun sync() {
        SyncRunId run = ledger.queueSync(creditor.id(), "test");
        ledger.runSync(creditor.id(), run);
        return ledger.syncRun(creditor.id(), run).orElseThrow();
    }

    private List<DineroDocument> openInvoices() {
        return simulator.documents(organisation.id()).stream()
                .filter(d -> d.kind() == DineroDocumentKind.INVOICE && d.booked() && !d.deleted()
                        && !d.date().isBefore(startDate) && d.remainingAmount().compareTo(BigDecimal.TEN) > 0)
                .toList();
    }


}
