package org.reskontro.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.simulator.poweroffice.Fault;
import org.reskontro.simulator.poweroffice.LedgerEntry;
import org.reskontro.simulator.poweroffice.NewCreditNote;
import org.reskontro.simulator.poweroffice.NewInvoice;
import org.reskontro.simulator.poweroffice.NewPayment;
import org.reskontro.simulator.poweroffice.OutgoingInvoice;
import org.reskontro.simulator.poweroffice.PowerOfficeClient;
import org.reskontro.simulator.poweroffice.PowerOfficeCustomer;
import org.reskontro.simulator.poweroffice.PowerOfficeSimulator;
import org.reskontro.testing.IntegrationTest;
import org.reskontro.testing.MirrorInvariants;
import org.reskontro.testing.MutableClock;
import org.reskontro.testing.SimulatedPowerOffice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The randomized simulation of {@link LedgerSimulationTests}, on PowerOffice Go: many days of invoices, KID and bank
 * payments (part, full, too much), payment reversals, credit notes matched or not, reversed invoices and
 * write-offs, three syncs a day and faults before some of them (5xx, 429 with and without Retry-After, malformed and
 * truncated pages, a missing property), aimed at one of the first few requests of the sync. After every sync I1 (mirror = PowerOffice, report clean), I3 and I4 hold; a
 * failed sync leaves the mirror exactly as it was.
 */
@IntegrationTest
class PowerOfficeLedgerSimulationTests {

    private static final int DAYS = 15;

    @Autowired Creditors creditors;
    @Autowired Ledger ledger;
    @Autowired PowerOfficeSimulator simulator;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void invariantsHoldAfterEverySyncOfManyRandomDays(long seed) {
        Random random = new Random(seed);
        SimulatedPowerOffice.Connected connected = SimulatedPowerOffice.creditor(creditors, simulator, "Sim " + seed
                + " AS", 25, 200, 100);
        PowerOfficeClient client = connected.client();
        Creditor creditor = connected.creditor();
        Books books = new Books(client.id(), random);
        MirrorInvariants invariants = new MirrorInvariants(jdbc);
        int failures = 0;

        for (int step = 0; step < DAYS * 3; step++) {
            clock.advance(Duration.ofHours(8));
            books.randomChanges();
            if (random.nextInt(4) == 0) {
                simulator.injectFaults(client.id(), random.nextInt(4), Fault.passThrough()); // aimed past the first calls
                simulator.injectFaults(client.id(), books.randomFault());
            }
            Map<String, BigDecimal> before = invariants.snapshot(creditor.id());
            SyncRun run = sync(creditor);
            if (run.status() == SyncRun.Status.FAILED) {
                failures++;
                assertThat(invariants.snapshot(creditor.id())).as("a failed sync writes nothing").isEqualTo(before);
                simulator.clearFaults(client.id());
                run = sync(creditor);
            }
            simulator.clearFaults(client.id());
            assertThat(run.status()).as("step %d: %s", step, run.errorMessage()).isEqualTo(SyncRun.Status.SUCCEEDED);
            assertMirrorEqualsPowerOffice(creditor, client.id(), invariants.openByExternalId(creditor.id()));
            assertThat(ledger.reconciliation(creditor.id(), run.id()).orElseThrow().discrepancies()).isEmpty();
            invariants.assertImmutable(creditor.id());
            invariants.assertOpenIsTotalLessAllocations(creditor.id());
        }
        assertThat(failures).as("the faults did bite").isPositive();
    }

    /** Random activity in PowerOffice Go, through the simulator's own API. */
    private final class Books {
        private final UUID client;
        private final Random random;

        Books(UUID client, Random random) {
            this.client = client;
            this.random = random;
        }

        void randomChanges() {
            List<PowerOfficeCustomer> customers = simulator.customers(client).stream().filter(c -> !c.archived())
                    .toList();
            for (int i = random.nextInt(4); i > 0; i--) {
                simulator.sendInvoice(client, NewInvoice.of(pick(customers).id(), simulator.today(),
                        BigDecimal.valueOf(100 + random.nextInt(20_000), 2).multiply(BigDecimal.TEN)));
            }
            List<OutgoingInvoice> open = open(false);
            for (int i = random.nextInt(5); i > 0 && !open.isEmpty(); i--) {
                OutgoingInvoice invoice = pick(open);
                BigDecimal rest = simulator.balance(client, invoice.id());
                int share = random.nextInt(3) == 0 ? 50 : random.nextInt(8) == 0 ? 120 : 100;
                BigDecimal amount = rest.multiply(BigDecimal.valueOf(share)).divide(BigDecimal.valueOf(100), 2,
                        RoundingMode.HALF_UP);
                if (amount.signum() > 0) {
                    simulator.registerPayment(client, invoice.id(), new NewPayment(simulator.today(), amount,
                            random.nextBoolean()));
                }
            }
            if (random.nextInt(4) == 0) {
                simulator.ledger(client).stream().filter(e -> isPayment(e) && e.matchId() != null)
                        .skip(random.nextInt(20)).findFirst()
                        .ifPresent(payment -> simulator.reversePayment(client, payment.id()));
            }
            if (random.nextInt(4) == 0 && !open.isEmpty()) {
                OutgoingInvoice invoice = pick(open);
                UUID note = simulator.sendCreditNote(client, NewCreditNote.of(invoice.customerId(), simulator.today(),
                        BigDecimal.valueOf(50 + random.nextInt(500))));
                if (random.nextBoolean()) {
                    simulator.offset(client, note, invoice.id());
                }
            }
            List<OutgoingInvoice> untouched = open(true);
            if (random.nextInt(8) == 0 && !untouched.isEmpty()) {
                simulator.reverseInvoice(client, pick(untouched).id());
            }
            if (random.nextInt(10) == 0 && !open.isEmpty()) {
                OutgoingInvoice invoice = pick(open);
                if (simulator.balance(client, invoice.id()).signum() > 0) {
                    simulator.writeOff(client, invoice.id());
                }
            }
        }

        Fault randomFault() {
            return switch (random.nextInt(7)) {
                case 0 -> Fault.serverError();
                case 1 -> Fault.unavailable();
                case 2 -> Fault.rateLimited(1 + random.nextInt(30));
                case 3 -> Fault.rateLimitedWithoutRetryAfter();
                case 4 -> Fault.malformedJson();
                case 5 -> Fault.missingProperty("Id");
                default -> Fault.truncatedPage();
            };
        }

        /** Unreversed invoices with money open; {@code unmatched}: nothing matched against them yet. */
        private List<OutgoingInvoice> open(boolean unmatched) {
            Map<Long, LedgerEntry> entries = new java.util.HashMap<>();
            simulator.ledger(client).forEach(e -> entries.put(e.id(), e));
            return simulator.invoices(client).stream()
                    .filter(i -> !i.creditNote() && !i.reversed() && entries.get(i.entryId()).balance().signum() > 0)
                    .filter(i -> !unmatched || entries.get(i.entryId()).matchId() == null)
                    .toList();
        }

        private boolean isPayment(LedgerEntry entry) {
            return entry.voucherType().equals("IncomingOcrGiro") || entry.voucherType().equals("BankJournal");
        }

        private <T> T pick(List<T> items) {
            return items.get(random.nextInt(items.size()));
        }
    }

    private SyncRun sync(Creditor creditor) {
        SyncRunId run = ledger.queueSync(creditor.id(), "simulation");
        ledger.runSync(creditor.id(), run);
        return ledger.syncRun(creditor.id(), run).orElseThrow();
    }

    /** I1, path-independent: every mirrored document shows PowerOffice's balance; every open one is mirrored. */
    private void assertMirrorEqualsPowerOffice(Creditor creditor, UUID client, Map<String, BigDecimal> mirrored) {
        for (OutgoingInvoice document : simulator.invoices(client)) {
            if (document.voucherDate().isBefore(creditor.startDate())) {
                continue;
            }
            BigDecimal expected = document.reversed() ? BigDecimal.ZERO : simulator.balance(client, document.id());
            BigDecimal mine = mirrored.get(document.id().toString());
            if (mine != null) {
                assertThat(mine).as("%s %s (reversed %s)", document.voucherType(), document.invoiceNo(),
                        document.reversed()).isEqualByComparingTo(expected);
            } else {
                assertThat(expected.signum()).as("open %s %s missing from the mirror", document.voucherType(),
                        document.invoiceNo()).isZero();
            }
        }
    }
}
