package org.reskontro;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.reskontro.bookkeeping.BookedCharges;
import org.reskontro.bookkeeping.BookingOutbox;
import org.reskontro.bookkeeping.Bookkeeping;
import org.reskontro.bookkeeping.DrainResult;
import org.reskontro.bookkeeping.OutboxStatus;
import org.reskontro.bookkeeping.PaymentPart;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.ledger.Ledger;
import org.reskontro.ledger.OpenItem;
import org.reskontro.ledger.SyncRun;
import org.reskontro.ledger.SyncRunId;
import org.reskontro.ledger.persistence.StagingSchema;
import org.reskontro.shared.DocumentKind;
import org.reskontro.shared.Money;
import org.reskontro.simulator.dinero.DineroExchange;
import org.reskontro.simulator.dinero.DineroOrganisation;
import org.reskontro.simulator.dinero.DineroSimulator;
import org.reskontro.testing.IntegrationTest;
import org.reskontro.testing.MirrorInvariants;
import org.reskontro.testing.MutableClock;
import org.reskontro.testing.SimulatedDinero;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A node killed with SIGKILL in the middle of its work, a second JVM ({@link NodeInAChildProcess}) on the test's
 * database. In the middle of a sync: a second JVM ({@link NodeInAChildProcess}) on the test's database
 * starts the first sync of a creditor and is killed while it lists the invoices page by page. Nothing of the dead
 * attempt may reach the mirror; the run stays RUNNING with its staging until a live node takes it again, which
 * finishes it from scratch, says what happened, drops the dead attempt's staging, and leaves the mirror equal to the
 * accounting system. In the middle of an outbox send, after Dinero booked the payment and before the node heard
 * back: the row stays to send, and the next drain finds the payment under its key instead of booking a second.
 */
@IntegrationTest
class KilledNodeIntegrationTests {

    private static final Duration CHILD_LIMIT = Duration.ofMinutes(3);

    @Autowired Creditors creditors;
    @Autowired Ledger ledger;
    @Autowired DineroSimulator simulator;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired BookedCharges charges;
    @Autowired Bookkeeping bookkeeping;
    @Autowired BookingOutbox outbox;
    @Value("${reskontro.data-dir}") Path dataDir;

    @Test
    void aNodeKilledWhileListingLeavesNothingAppliedAndTheNextNodeFinishesTheRun() throws Exception {
        SimulatedDinero.Connected connected = SimulatedDinero.creditor(creditors, simulator, "Dræbt Node ApS", 40,
                1_500, 120);
        DineroOrganisation organisation = connected.organisation();
        Creditor creditor = connected.creditor();
        AtomicInteger pagesAsked = new AtomicInteger();
        try (NodeToKill node = new NodeToKill("sync", creditor, exchange -> exchange.path()
                .equals("/v1/" + organisation.id() + "/invoices") && pagesAsked.incrementAndGet() == 3)) {
            List<String> output = node.killAtItsMoment();

            assertThat(node.exitValue()).as("killed, not ended").isNotZero();
            String runLine = output.stream().filter(line -> line.startsWith("RUN ")).findFirst().orElseThrow(
                    () -> new AssertionError("the child never started its sync: " + output));
            assertThat(output).as("it never finished").doesNotContain("DONE");
            SyncRunId run = new SyncRunId(UUID.fromString(runLine.substring("RUN ".length()).trim()));
            assertThat(ledger.syncRun(creditor.id(), run).orElseThrow().status()).isEqualTo(SyncRun.Status.RUNNING);
            assertThat(mirroredDocuments(creditor)).as("nothing of the dead attempt in the mirror").isZero();
            assertThat(schemaExists(StagingSchema.name(run))).as("its staging is still there").isTrue();

            ledger.runSync(creditor.id(), run); // what the scheduler's dead-execution check does on a live node

            SyncRun finished = ledger.syncRun(creditor.id(), run).orElseThrow();
            assertThat(finished.status()).as(finished.errorMessage()).isEqualTo(SyncRun.Status.SUCCEEDED);
            assertThat(finished.notes()).startsWith("Interrupted: the attempt started at ")
                    .contains("stopped without finishing while in phase 'documents'");
            assertThat(MirrorInvariants.nonZeroOpen(jdbc, creditor.id()))
                    .isEqualTo(SimulatedDinero.expectedOpen(simulator, organisation.id(), creditor.startDate()));
            assertThat(ledger.reconciliation(creditor.id(), run).orElseThrow().clean()).isTrue();
            assertThat(schemaExists(StagingSchema.name(run))).as("the dead attempt's staging is gone").isFalse();
        }
    }

    @Test
    void aNodeKilledAfterDineroTookAPaymentButBeforeItCommittedLeavesTheRowToSendAndTheNextDrainMakesNoSecond()
            throws Exception {
        SimulatedDinero.Connected connected = SimulatedDinero.creditor(creditors, simulator, "Dræbt Udbakke ApS", 3,
                10, 120);
        DineroOrganisation organisation = connected.organisation();
        Creditor creditor = connected.creditor();
        ledger.runSync(creditor.id(), ledger.queueSync(creditor.id(), "test"));
        OpenItem invoice = ledger.openItems(creditor.id(), null, 10).stream()
                .filter(item -> item.kind() == DocumentKind.INVOICE).findFirst().orElseThrow();
        List<PaymentPart> parts = charges.registerPayment(creditor.id(), invoice.documentId(),
                Money.of("10.00", "DKK"), simulator.today(), "bank-killed-" + UUID.randomUUID());
        UUID row = parts.getFirst().outboxId();
        String reference = "reskontro:" + row;
        // Dinero has booked the payment when the node is killed; its answer was held until then
        try (NodeToKill node = new NodeToKill("outbox", creditor, exchange -> exchange.method().equals("POST")
                && exchange.path().startsWith("/v1/" + organisation.id() + "/")
                && exchange.path().endsWith("/payments") && exchange.status() < 300)) {
            List<String> output = node.killAtItsMoment();

            assertThat(output).as("it never finished").doesNotContain("DONE");
            assertThat(simulator.paymentsWithExternalReference(organisation.id(), reference)).hasSize(1);
            assertThat(outbox.entries(creditor.id(), OutboxStatus.SENT, 10)).as("the dead node never recorded it")
                    .isEmpty();

            DrainResult drain = bookkeeping.sendOutbox(creditor.id());

            assertThat(drain.sent()).isEqualTo(1);
            assertThat(simulator.paymentsWithExternalReference(organisation.id(), reference))
                    .as("found under its key, not made again").hasSize(1);
            assertThat(outbox.counts(creditor.id())).containsOnlyKeys(OutboxStatus.SENT);
        }
    }

    /**
     * A node doing {@code job} in a JVM of its own, to be killed at its moment: the first exchange with the simulator
     * that {@code moment} picks out. That exchange's answer is held (the simulator's listeners run before it writes)
     * until the node is dead, so the kill lands at the same point every time.
     */
    private final class NodeToKill implements AutoCloseable {

        private final CompletableFuture<Void> reached = new CompletableFuture<>();
        private final CountDownLatch killed = new CountDownLatch(1);
        private final List<String> output = new ArrayList<>();
        private final Consumer<DineroExchange> watch;
        private final Process process;
        private final Thread reader;

        NodeToKill(String job, Creditor creditor, Predicate<DineroExchange> moment) throws IOException {
            watch = exchange -> {
                if (!reached.isDone() && moment.test(exchange)) {
                    reached.complete(null);
                    awaitQuietly(killed);
                }
            };
            simulator.addExchangeListener(watch);
            try {
                process = start(job, creditor);
            } catch (IOException | RuntimeException e) {
                simulator.removeExchangeListener(watch);
                throw e;
            }
            reader = Thread.ofVirtual().start(() -> read(process, output));
        }

        /**
         * Once the moment comes, kills the node with SIGKILL (no shutdown hook, no rollback from the JVM's side),
         * waits for it to be gone, lets the held answer go, and returns what the node printed.
         */
        List<String> killAtItsMoment() throws Exception {
            reached.get(CHILD_LIMIT.toSeconds(), TimeUnit.SECONDS);
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            killed.countDown();
            reader.join(Duration.ofSeconds(10));
            synchronized (output) {
                return List.copyOf(output);
            }
        }

        int exitValue() {
            return process.exitValue();
        }

        @Override
        public void close() {
            killed.countDown();
            simulator.removeExchangeListener(watch);
            process.destroyForcibly();
        }
    }

    /** Holds the simulator's answer (its listeners run before it writes) until the test has killed the node. */
    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(CHILD_LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Process start(String job, Creditor creditor) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                NodeInAChildProcess.class.getName(), job, creditor.id().value().toString()));
        command.addAll(List.of(
                "--spring.main.web-application-type=none",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--spring.datasource.url=" + ((HikariDataSource) dataSource).getJdbcUrl(),
                "--spring.datasource.username=postgres",
                "--reskontro.mode=demo",
                "--reskontro.data-dir=" + dataDir.toAbsolutePath(),
                "--reskontro.demo.enabled=false",
                "--reskontro.simulator.dinero.enabled=false",
                "--reskontro.simulator.poweroffice.enabled=false",
                "--reskontro.cycles.dispatch=false",
                "--reskontro.sync.change-feed=false",
                "--reskontro.bookkeeping.forward=false",
                "--reskontro.mail-catcher.enabled=false",
                "--reskontro.connector.dinero.page-size=100",
                "--db-scheduler.enabled=false"));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static void read(Process child, List<String> output) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                synchronized (output) {
                    output.add(line);
                }
            }
        } catch (IOException e) {
            // the child is gone; what it printed so far is what there is
        }
    }

    private long mirroredDocuments(Creditor creditor) {
        return jdbc.sql("select count(*) from ledger.document where creditor_id = ?").param(creditor.id().value())
                .query(Long.class).single();
    }

    private boolean schemaExists(String name) {
        return jdbc.sql("select count(*) from pg_namespace where nspname = ?").param(name).query(Long.class)
                .single() == 1;
    }
}
