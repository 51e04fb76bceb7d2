package org.reskontro.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reskontro.scheduling.CycleFixtures.awaitEnd;
import static org.reskontro.scheduling.CycleFixtures.connected;
import static org.reskontro.scheduling.CycleFixtures.nextLocal;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reskontro.ReskontroApplication;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.ledger.Ledger;
import org.reskontro.scheduling.cycle.CycleDispatcher;
import org.reskontro.scheduling.cycle.CycleRunner;
import org.reskontro.simulator.dinero.DineroSimulator;
import org.reskontro.testing.IntegrationTest;
import org.reskontro.testing.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Two Reskontro nodes on one database: both dispatch the same slot at the same moment, and the creditor's cycle
 * (and with it its sync) runs once, on whichever node db-scheduler hands it to.
 */
@IntegrationTest
class CycleSeveralNodesIntegrationTests {

    @Autowired Creditors creditors;
    @Autowired Cycles cycles;
    @Autowired CycleDispatcher dispatcher;
    @Autowired Ledger ledger;
    @Autowired DineroSimulator simulator;
    @Autowired MutableClock clock;
    @Autowired DataSource dataSource;
    @Value("${reskontro.data-dir}") String dataDir;

    Instant before;

    @AfterEach
    void putTheClockBack() {
        if (before != null) {
            clock.set(before);
        }
    }

    @Test
    void twoNodesDispatchingTheSameSlotRunTheCycleAndItsSyncOnce() throws Exception {
        before = clock.instant();
        Instant six = nextLocal(clock.instant(), LocalTime.of(6, 0));
        clock.set(six.minus(Duration.ofMinutes(1)));
        Creditor creditor = connected(creditors, simulator, "Cluster ApS");
        dispatcher.dispatch(List.of(creditor));

        try (ConfigurableApplicationContext second = secondNode()) {
            assertThat(second.getBean(Clock.class)).as("both nodes tell the same time").isSameAs(clock);
            clock.set(six.plusSeconds(30));
            CycleDispatcher secondDispatcher = second.getBean(CycleDispatcher.class);
            Creditor seen = second.getBean(Creditors.class).get(creditor.id()).orElseThrow();

            CyclicBarrier together = new CyclicBarrier(2);
            CompletableFuture<Integer> here = CompletableFuture.supplyAsync(() -> {
                await(together);
                return dispatcher.dispatch(List.of(creditor));
            });
            CompletableFuture<Integer> there = CompletableFuture.supplyAsync(() -> {
                await(together);
                return secondDispatcher.dispatch(List.of(seen));
            });
            assertThat(here.get() + there.get()).as("dispatched by one node only").isEqualTo(1);

            List<Cycle> history = cycles.recent(creditor.id(), 10);
            assertThat(history).hasSize(1);
            Cycle cycle = awaitEnd(cycles, creditor, history.getFirst().id());
            assertThat(cycle.status()).isEqualTo(Cycle.Status.SUCCEEDED);
            assertThat(cycle.slot()).isEqualTo(six);
            assertThat(second.getBean(Cycles.class).recent(creditor.id(), 10)).as("the other node sees the same history")
                    .extracting(Cycle::id).containsExactly(cycle.id());
            second.getBean(CycleRunner.class).run(creditor.id(), cycle.id()); // a task delivered again on the other node
            assertThat(cycles.cycle(creditor.id(), cycle.id()).orElseThrow().finishedAt()).isEqualTo(cycle.finishedAt());
            assertThat(ledger.recentSyncs(creditor.id(), 10)).as("one sync").hasSize(1)
                    .allSatisfy(run -> assertThat(run.trigger()).isEqualTo("cycle:" + cycle.id()));
        }
    }

    /**
     * A second application on the same database, started like a real node: settings as command-line arguments, and
     * this test's clock, so both nodes agree on when 06:00 is.
     */
    private ConfigurableApplicationContext secondNode() {
        ApplicationContextInitializer<ConfigurableApplicationContext> sameClock = context -> ((GenericApplicationContext) context)
                .registerBean("sameClockAsTheFirstNode", Clock.class, () -> clock, bean -> bean.setPrimary(true));
        return new SpringApplicationBuilder(ReskontroApplication.class).initializers(sameClock).run(
                "--spring.datasource.url=" + ((HikariDataSource) dataSource).getJdbcUrl(),
                "--spring.datasource.username=postgres",
                "--reskontro.data-dir=" + dataDir, // the same demo secret key, so it can read the credentials
                "--reskontro.demo.enabled=false", "--reskontro.simulator.dinero.enabled=false",
                "--reskontro.simulator.poweroffice.enabled=false",
                "--reskontro.cycles.dispatch=false", "--spring.modulith.events.republish-outstanding-events-on-restart=false",
                "--db-scheduler.polling-interval=200ms", "--db-scheduler.heartbeat-interval=1s",
                "--spring.application.name=reskontro-node-2", "--server.port=0");
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
