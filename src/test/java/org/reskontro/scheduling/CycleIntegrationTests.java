package org.reskontro.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reskontro.scheduling.CycleFixtures.awaitEnd;
import static org.reskontro.scheduling.CycleFixtures.connected;
import static org.reskontro.scheduling.CycleFixtures.nextLocal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.ledger.Ledger;
import org.reskontro.ledger.SyncRun;
import org.reskontro.scheduling.cycle.CycleDispatcher;
import org.reskontro.scheduling.cycle.CycleRunner;
import org.reskontro.simulator.dinero.DineroSimulator;
import org.reskontro.testing.IntegrationTest;
import org.reskontro.testing.MutableClock;
import org.reskontro.testing.TestCreditors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The cycle on the real scheduler and database: dispatched by the clock, run once, in the seeds' order. */
@IntegrationTest
class CycleIntegrationTests {

    @Autowired Creditors creditors;
    @Autowired Cycles cycles;
    @Autowired CycleDispatcher dispatcher;
    @Autowired CycleRunner runner;
    @Autowired Ledger ledger;
    @Autowired DineroSimulator simulator;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    Instant before;

    @BeforeEach
    void rememberTheClock() {
        before = clock.instant();
    }

    @AfterEach
    void putTheClockBack() {
        clock.set(before); // the other tests of the shared context keep their usual day
    }

    @Test
    void movingTheClockPastSixInCopenhagenDispatchesExactlyOneCycleThatRunsThePostingSync() {
        Instant six = nextLocal(clock.instant(), LocalTime.of(6, 0));
        clock.set(six.minus(Duration.ofMinutes(1)));
        Creditor creditor = connected(creditors, simulator, "Morning ApS");
        assertThat(dispatcher.dispatch(List.of(creditor))).as("05:59: nothing is due").isZero();

        clock.advance(Duration.ofSeconds(90));
        assertThat(dispatcher.dispatch(List.of(creditor))).isEqualTo(1);
        assertThat(dispatcher.dispatch(List.of(creditor))).as("a slot is dispatched once").isZero();

        List<Cycle> history = cycles.recent(creditor.id(), 10);
        assertThat(history).hasSize(1);
        Cycle cycle = awaitEnd(cycles, creditor, history.getFirst().id());
        assertThat(cycle.slot()).isEqualTo(six);
        assertThat(cycle.trigger()).isEqualTo("schedule");
        assertThat(cycle.missedSlots()).isZero();
        assertThat(cycle.status()).isEqualTo(Cycle.Status.SUCCEEDED);
        assertThat(cycle.steps()).extracting(Step::kind).containsExactly(StepKind.values());
        assertThat(cycle.steps().get(0).status()).as("fee posting").isEqualTo(Step.Status.SUCCEEDED);
        assertThat(cycle.steps().get(0).detail()).contains("0 new charges queued", "nothing left to send");
        assertThat(cycle.steps().get(1).status()).as("payment monitoring").isEqualTo(Step.Status.SUCCEEDED);
        assertThat(cycle.steps().get(1).detail()).contains("fee invoices and interest notes watched");
        assertThat(cycle.steps().get(2).status()).as("PDF transfer").isEqualTo(Step.Status.SUCCEEDED);
        Step sync = cycle.steps().get(3);
        assertThat(sync.status()).isEqualTo(Step.Status.SUCCEEDED);
        assertThat(sync.durationMillis()).isNotNull();
        assertThat(cycle.steps()).allSatisfy(step -> assertThat(step.finishedAt()).isNotNull());

        List<SyncRun> syncs = ledger.recentSyncs(creditor.id(), 10);
        assertThat(syncs).extracting(SyncRun::id).containsExactly(sync.syncRun());
        assertThat(syncs.getFirst().status()).isEqualTo(SyncRun.Status.SUCCEEDED);
        assertThat(syncs.getFirst().trigger()).isEqualTo("cycle:" + cycle.id());
        assertThat(ledger.openItems(creditor.id(), null, 1000)).isNotEmpty();
        assertThat(scheduledTasks(creditor)).as("the one-time task is gone once it ran").isZero();
    }

    @Test
    void afterDowntimeOnlyTheLatestMissedSlotRunsAndTheHistorySaysSo() {
        Instant six = nextLocal(clock.instant(), LocalTime.of(6, 0));
        clock.set(six.minus(Duration.ofMinutes(1)));
        Creditor creditor = connected(creditors, simulator, "Downtime ApS");
        dispatcher.dispatch(List.of(creditor));

        clock.advance(Duration.ofHours(13)); // down from 05:59 until 18:59: 06:00, 12:00 and 18:00 passed
        assertThat(dispatcher.dispatch(List.of(creditor))).isEqualTo(1);

        Cycle cycle = awaitEnd(cycles, creditor, cycles.recent(creditor.id(), 10).getFirst().id());
        assertThat(cycles.recent(creditor.id(), 10)).hasSize(1);
        assertThat(cycle.slot()).isEqualTo(six.plus(Duration.ofHours(12)));
        assertThat(cycle.missedSlots()).isEqualTo(2);
        assertThat(cycle.missedFrom()).isEqualTo(six);
        assertThat(ledger.recentSyncs(creditor.id(), 10)).hasSize(1);
    }

    @Test
    void aCycleWhileAnotherOfTheSameCreditorRunsIsSkippedWithTheReason() {
        Creditor creditor = TestCreditors.danish(creditors, "Busy ApS", simulator.today());
        UUID running = UUID.randomUUID(); // as if a node were running it right now
        UUID second = UUID.randomUUID();
        jdbc.sql("""
                insert into scheduling.cycle (creditor_id, id, trigger, status, scheduled_at, started_at)
                values (?, ?, 'test', 'RUNNING', now(), now()), (?, ?, 'test', 'SCHEDULED', now(), null)""")
                .params(creditor.id().value(), running, creditor.id().value(), second).update();

        runner.run(creditor.id(), new CycleId(second));

        Cycle skipped = cycles.cycle(creditor.id(), new CycleId(second)).orElseThrow();
        assertThat(skipped.status()).isEqualTo(Cycle.Status.SKIPPED);
        assertThat(skipped.note()).contains("Another cycle of this creditor was running", running.toString());
        assertThat(skipped.steps()).isEmpty();
        assertThat(ledger.recentSyncs(creditor.id(), 10)).isEmpty();
    }

    @Test
    void runNowSchedulesACycleAtOnceAndAgainReturnsTheSameOne() {
        Creditor creditor = connected(creditors, simulator, "Now ApS");
        CycleId first = cycles.runNow(creditor.id(), "test");
        assertThat(cycles.runNow(creditor.id(), "test")).isEqualTo(first);

        Cycle cycle = awaitEnd(cycles, creditor, first);
        assertThat(cycle.status()).isEqualTo(Cycle.Status.SUCCEEDED);
        assertThat(cycle.slot()).isNull();
        assertThat(cycle.trigger()).isEqualTo("test");
        assertThat(cycles.runNow(creditor.id(), "test")).as("a new cycle once the last one ended").isNotEqualTo(first);
        awaitEnd(cycles, creditor, cycles.recent(creditor.id(), 1).getFirst().id());
    }

    @Test
    void aCreditorWithoutAnAccountingSystemGetsNoCycleAndNoNextCycle() {
        Instant six = nextLocal(clock.instant(), LocalTime.of(6, 0));
        clock.set(six.minus(Duration.ofMinutes(1)));
        Creditor creditor = TestCreditors.danish(creditors, "Offline ApS", simulator.today());
        clock.advance(Duration.ofMinutes(2));
        assertThat(dispatcher.dispatch(List.of(creditor))).isZero();
        assertThat(cycles.recent(creditor.id(), 10)).isEmpty();
        assertThat(cycles.nextCycle(creditor)).isEmpty();
    }

    private long scheduledTasks(Creditor creditor) {
        return jdbc.sql("select count(*) from scheduled_tasks where task_name = 'creditor-cycle' and task_instance like ?")
                .param(creditor.id() + "@%").query(Long.class).single();
    }
}
