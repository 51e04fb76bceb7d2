package org.reskontro.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.simulator.dinero.DineroContact;
import org.reskontro.simulator.dinero.DineroDocument;
import org.reskontro.simulator.dinero.DineroDocumentKind;
import org.reskontro.simulator.dinero.DineroOrganisation;
import org.reskontro.simulator.dinero.DineroPayment;
import org.reskontro.simulator.dinero.DineroSimulator;
import org.reskontro.simulator.dinero.Fault;
import org.reskontro.simulator.dinero.NewCreditNote;
import org.reskontro.simulator.dinero.NewInvoice;
import org.reskontro.simulator.dinero.NewPayment;
import org.reskontro.testing.IntegrationTest;
import org.reskontro.testing.MirrorInvariants;
import org.reskontro.testing.MutableClock;
import org.reskontro.testing.SimulatedDinero;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A deterministic randomized simulation: many simulated days of random bookings, payments, reversals, credit notes
 * and deletions in Dinero, three syncs a day, and faults injected before some of them. After every sync the
 * invariants hold: I1 (mirror = accounting system, report clean), I3 (mirrored documents and payments never change
 * or vanish), I4 (open = total less allocations); a failed sync leaves the mirror exactly as it was.
 */
@IntegrationTest
class LedgerSimulationTests {

    private static final int DAYS = 15;

    @Autowired Creditors creditors;
    @Autowired Ledger ledger;
    @Autowired DineroSimulator simulator;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void invariantsHoldAfterEverySyncOfManyRandomDays(long seed) {
        Random random = new Random(seed);
        SimulatedDinero.Connected connected = SimulatedDinero.creditor(creditors, simulator, "Sim " + seed, 25, 150, 100);
        DineroOrganisation organisation = connected.organisation();
        Creditor creditor = connected.creditor();
        Books books = new Books(organisation.id(), random);
        Map<String, String> immutableRows = new HashMap<>();
        int failures = 0;

        for (int step = 0; step < DAYS * 3; step++) {
            clock.advance(Duration.ofHours(8));
            books.randomChanges();
            boolean faulty = random.nextInt(5) == 0;
            if (faulty) {
                simulator.injectFaults(organisation.id(), books.randomFault());
            }
            Map<String, BigDecimal> before = mirroredOpen(creditor);
            SyncRun run = sync(creditor);
            if (run.status() == SyncRun.Status.FAILED) {
                failures++;
                assertThat(mirroredOpen(creditor)).as("a failed sync writes nothing").isEqualTo(before);
                simulator.clearFaults(organisation.id());
                run = sync(creditor);
            }
            simulator.clearFaults(organisation.id());
            assertThat(run.status()).as("step %d: %s", step, run.errorMessage()).isEqualTo(SyncRun.Status.SUCCEEDED);
            assertMirrorEqualsDinero(creditor, organisation.id());
            assertThat(ledger.reconciliation(creditor.id(), run.id()).orElseThrow().discrepancies()).isEmpty();
            assertImmutable(creditor, immutableRows);
            assertOpenIsTotalLessAllocations(creditor);
        }
        assertThat(failures).as("the faults did bite").isPositive();
    }

    /** Random activity in the accounting system, through the simulator's own API. */
    private final class Books {
        private final int organisation;
        private final Random random;

        Books(int organisation, Random random) {
            this.organisation = organisation;
            this.random = random;
        }

        void randomChanges() {
            List<DineroContact> debtors = simulator.contacts(organisation).stream()
                    .filter(c -> c.debitor() && !c.deleted()).toList();
            for (int i = random.nextInt(4); i > 0; i--) {
                UUID guid = simulator.addInvoice(organisation, NewInvoice.of(pick(debtors).guid(), simulator.today(),
                        BigDecimal.valueOf(100 + random.nextInt(20_000), 2).multiply(BigDecimal.TEN)));
                simulator.book(organisation, guid);
            }
            List<DineroDocument> open = openInvoices();
            for (int i = random.nextInt(5); i > 0 && !open.isEmpty(); i--) {
                DineroDocument invoice = pick(open);
                BigDecimal share = BigDecimal.valueOf(random.nextInt(3) == 0 ? 50 : random.nextInt(8) == 0 ? 120 : 100);
                BigDecimal amount = invoice.remainingAmount().multiply(share).divide(BigDecimal.valueOf(100), 2,
                        RoundingMode.HALF_UP);
                if (amount.signum() > 0) {
                    simulator.registerPayment(organisation, invoice.guid(), new NewPayment(simulator.today(), amount, "Bank"));
                }
            }
            if (random.nextInt(4) == 0) {
                simulator.documents(organisation).stream().filter(d -> d.booked() && !d.deleted() && !d.payments().isEmpty())
                        .skip(random.nextInt(20)).findFirst().ifPresent(d -> {
                            DineroPayment gone = d.payments().getLast();
                            simulator.deletePayment(organisation, d.guid(), gone.guid());
                        });
            }
            if (random.nextInt(5) == 0 && !open.isEmpty()) {
                DineroDocument invoice = pick(open);
                UUID note = simulator.addCreditNote(organisation, NewCreditNote.of(invoice.contactGuid(), simulator.today(),
                        BigDecimal.valueOf(50 + random.nextInt(500))));
                simulator.book(organisation, note);
            }
            if (random.nextInt(10) == 0 && !open.isEmpty()) {
                simulator.deleteDocument(organisation, pick(open).guid());
            }
        }

        Fault randomFault() {
            return switch (random.nextInt(6)) {
                case 0 -> Fault.serverError();
                case 1 -> Fault.unavailable();
                case 2 -> Fault.rateLimited(1 + random.nextInt(30));
                case 3 -> Fault.malformedJson();
                case 4 -> Fault.truncatedPage();
                default -> Fault.missingProperty("Guid");
            };
        }

        private List<DineroDocument> openInvoices() {
            return simulator.documents(organisation).stream()
                    .filter(d -> d.kind() == DineroDocumentKind.INVOICE && d.booked() && !d.deleted()
                            && d.remainingAmount().signum() > 0)
                    .toList();
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

    /** I1, path-independent: every mirrored document shows Dinero's open amount; every open one is mirrored. */
    private void assertMirrorEqualsDinero(Creditor creditor, int organisation) {
        SimulatedDinero.assertMirrorEqualsBooks(simulator, organisation, creditor.startDate(),
                new MirrorInvariants(jdbc).openByExternalId(creditor.id()));
    }

    /** I3: a mirrored document or payment, once written, is never changed or removed. */
    private void assertImmutable(Creditor creditor, Map<String, String> seen) {
        Map<String, String> now = new HashMap<>();
        jdbc.sql("""
                select 'd' || id, concat_ws('|', kind, external_id, number, issue_date, due_date, total_incl_vat, transferred_in_run)
                from ledger.document where creditor_id = ?
                union all
                select 'p' || id, concat_ws('|', external_id, document_id, amount, payment_date, reverses, sync_run_id)
                from ledger.payment where creditor_id = ?""")
                .params(creditor.id().value(), creditor.id().value())
                .query(rs -> {
                    now.put(rs.getString(1), rs.getString(2));
                });
        seen.forEach((id, row) -> assertThat(now.get(id)).as(id).isEqualTo(row));
        seen.putAll(now);
    }

    /** I4: what is open is the total less the allocated payments (deleted documents are closed at zero). */
    private void assertOpenIsTotalLessAllocations(Creditor creditor) {
        List<String> broken = jdbc.sql("""
                select d.number || ': ' || o.open_amount from ledger.open_item o
                join ledger.document d on d.creditor_id = o.creditor_id and d.id = o.document_id
                where o.creditor_id = ? and o.erp_status <> 'DELETED'
                  and o.open_amount <> (case when d.kind = 'CREDIT_NOTE' then -1 else 1 end)
                      * (o.total_incl_vat - coalesce((select sum(a.amount) from ledger.allocation a
                                                      where a.creditor_id = o.creditor_id and a.document_id = o.document_id), 0))""")
                .param(creditor.id().value()).query(String.class).list();
        assertThat(broken).isEmpty();
    }

    private Map<String, BigDecimal> mirroredOpen(Creditor creditor) {
        Map<String, BigDecimal> open = new HashMap<>();
        jdbc.sql("""
                select d.external_id, o.open_amount, o.revision from ledger.open_item o
                join ledger.document d on d.creditor_id = o.creditor_id and d.id = o.document_id where o.creditor_id = ?""")
                .param(creditor.id().value())
                .query(rs -> {
                    open.put(rs.getString(1) + "@" + rs.getInt(3), rs.getBigDecimal(2));
                });
        return open;
    }
}
