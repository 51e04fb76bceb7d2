package org.reskontro.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.simulator.dinero.DineroContact;
import org.reskontro.simulator.dinero.DineroDocument;
import org.reskontro.simulator.dinero.DineroDocumentKind;
import org.reskontro.simulator.dinero.DineroExchange;
import org.reskontro.simulator.dinero.DineroOrganisation;
import org.reskontro.simulator.dinero.DineroSimulator;
import org.reskontro.simulator.dinero.NewInvoice;
import org.reskontro.simulator.dinero.NewPayment;
import org.reskontro.testing.IntegrationTest;
import org.reskontro.testing.MirrorInvariants;
import org.reskontro.testing.MutableClock;
import org.reskontro.testing.SimulatedDinero;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A delta sync of documents whose balances were once derived from the receivables postings learns their new balances
 * from the postings added since its cursor (Dinero's entries/changes), not one request each (ADR 12): payments in
 * full and in part, a payment deleted (a reversing posting), a document the mirror cannot vouch for that way still
 * asked for, a part-payment in the second the document was last read (its listing unchanged) found by its posting;
 * and seeded random days of such changes. The mirror must equal Dinero exactly,
 * the reconciliation stay clean and what is open stay the total less the allocations (I1, I4) after every sync.
 */
@IntegrationTest
class AddedPostingsIntegrationTests {

    @Autowired Creditors creditors;
    @Autowired Ledger ledger;
    @Autowired DineroSimulator simulator;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    DineroOrganisation organisation;
    Creditor creditor;
    final AtomicInteger balanceRequests = new AtomicInteger();
    final AtomicInteger changeRequests = new AtomicInteger();
    final Consumer<DineroExchange> count = exchange -> {
        if (exchange.path().endsWith("/payments")) {
            balanceRequests.incrementAndGet();
        } else if (exchange.path().endsWith("/entries/changes")) {
            changeRequests.incrementAndGet();
        }
    };

    @BeforeEach
    void aLargeCreditorWhoseFirstSyncDerivedItsBalances() {
        SimulatedDinero.Connected connected = SimulatedDinero.creditor(creditors, simulator, "Mange Ændringer ApS",
                200, 7_000, 100);
        organisation = connected.organisation();
        creditor = connected.creditor();
        SyncRun full = sync();
        assertThat(full.status()).as(full.errorMessage()).isEqualTo(SyncRun.Status.SUCCEEDED);
        assertThat(full.notes()).contains("were derived from the accounting system's receivables postings");
        simulator.addExchangeListener(count);
    }

    @AfterEach
    void stopCounting() {
        simulator.removeExchangeListener(count);
    }

    @Test
    void manyChangesAreLearnedFromThePostingsAddedSinceTheCursor() {
        List<DineroDocument> derived = openInvoicesWithDerivedBalances();
        assertThat(derived).hasSizeGreaterThan(60);
        clock.advance(Duration.ofHours(1));
        for (DineroDocument invoice : derived.subList(0, 20)) {
            pay(invoice, invoice.remainingAmount());
        }
        for (DineroDocument invoice : derived.subList(20, 40)) {
            pay(invoice, invoice.remainingAmount().divide(BigDecimal.valueOf(3), 2, RoundingMode.DOWN));
        }
        DineroDocument corrected = derived.get(40);
        UUID mistake = pay(corrected, corrected.remainingAmount());
        clock.advance(Duration.ofMinutes(2));
        simulator.deletePayment(organisation.id(), corrected.guid(), mistake);
        clock.advance(Duration.ofMinutes(10));
        balanceRequests.set(0);

        SyncRun delta = sync();

        assertThat(delta.status()).as(delta.errorMessage()).isEqualTo(SyncRun.Status.SUCCEEDED);
        assertThat(delta.mode()).isEqualTo("DELTA");
        assertThat(delta.notes()).contains("41 of 41 changed documents were learned from the receivables postings "
                + "added since the last sync; 0 were asked for one by one");
        assertThat(balanceRequests.get()).isZero();
        assertThat(changeRequests.get()).isEqualTo(1);
        assertMirrorEqualsDinero(delta);
        assertThat(paymentIds(corrected)).as("the payment and its reversal, each under its posting's id")
                .filteredOn(id -> id.startsWith("entry:")).hasSizeGreaterThanOrEqualTo(2);

        clock.advance(Duration.ofHours(1));
        SyncRun quiet = sync();
        assertThat(quiet.documentsToDetail()).as("nothing learned twice").isZero();
        assertMirrorEqualsDinero(quiet);
    }

    @Test
    void aDocumentTheMirrorCannotVouchForIsStillAskedFor() {
        List<DineroDocument> derived = openInvoicesWithDerivedBalances();
        DineroDocument foreign = openInvoices("d.booking_entry_id is null and d.currency <> 'DKK'").getFirst();
        clock.advance(Duration.ofHours(1));
        for (DineroDocument invoice : derived.subList(0, 14)) {
            pay(invoice, BigDecimal.TEN);
        }
        pay(foreign, BigDecimal.ONE);
        clock.advance(Duration.ofMinutes(10));
        balanceRequests.set(0);

        SyncRun delta = sync();

        assertThat(delta.notes()).contains("14 of 15 changed documents were learned from the receivables postings "
                + "added since the last sync; 1 were asked for one by one");
        assertThat(balanceRequests.get()).isEqualTo(1);
        assertMirrorEqualsDinero(delta);
    }

    @Test
    void newInvoicesOfADeltaAreDerivedFromTheirPostingsToo() {
        List<DineroContact> debtors = simulator.contacts(organisation.id()).stream()
                .filter(c -> c.debitor() && !c.deleted()).toList();
        clock.advance(Duration.ofHours(1));
        for (int i = 0; i < 20; i++) {
            UUID guid = simulator.addInvoice(organisation.id(), NewInvoice.of(debtors.get(i).guid(), simulator.today(),
                    BigDecimal.valueOf(1_000 + 37 * i)));
            simulator.book(organisation.id(), guid);
            if (i % 4 == 0) {
                simulator.registerPayment(organisation.id(), guid,
                        new NewPayment(simulator.today(), BigDecimal.valueOf(100), "Bank"));
            }
        }
        clock.advance(Duration.ofMinutes(10));
        balanceRequests.set(0);

        SyncRun delta = sync();

        assertThat(delta.notes()).contains("20 of 20 new documents were derived from the receivables postings added "
                + "since the last sync; 0 were asked for one by one");
        assertThat(balanceRequests.get()).isZero();
        assertMirrorEqualsDinero(delta);
    }

    @Test
    void aPaymentInTheVerySecondOfTheSyncIsAmongTheAddedPostings() {
        DineroDocument invoice = openInvoicesWithDerivedBalances().getFirst();
        clock.advance(Duration.ofHours(1)); // a whole second: the sync reads at the instant of the payment
        pay(invoice, BigDecimal.TEN);

        SyncRun delta = sync();

        assertThat(delta.notes()).contains("1 of 1 changed documents were learned");
        assertMirrorEqualsDinero(delta);
    }

    @Test
    void aPartPaymentInTheSecondOfTheLastReadIsFoundByItsPosting() {
        DineroDocument invoice = openInvoicesWithDerivedBalances().getFirst();
        clock.advance(Duration.ofHours(1));
        pay(invoice, BigDecimal.TEN);
        SyncRun first = sync();
        assertThat(first.notes()).contains("1 of 1 changed documents were learned");
        pay(invoice, BigDecimal.ONE); // the same second: Dinero's UpdatedAt and the status stay as just read
        clock.advance(Duration.ofMinutes(10));

        SyncRun next = sync();

        assertThat(next.notes()).contains("1 documents had postings added since the last sync that their listing did "
                + "not show", "1 of 1 changed documents were learned");
        assertMirrorEqualsDinero(next);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 8})
    void randomDaysOfChangesKeepTheMirrorEqualToDinero(long seed) {
        Random random = new Random(seed);
        int learned = 0;
        for (int day = 0; day < 8; day++) {
            clock.advance(Duration.ofHours(8));
            List<DineroDocument> open = simulator.documents(organisation.id()).stream()
                    .filter(d -> d.booked() && !d.deleted() && d.remainingAmount().signum() > 0)
                    .filter(d -> !d.date().isBefore(creditor.startDate()))
                    .toList();
            for (int i = 10 + random.nextInt(20); i > 0; i--) {
                DineroDocument document = open.get(random.nextInt(open.size()));
                DineroDocument now = simulator.document(organisation.id(), document.guid()).orElseThrow();
                if (now.remainingAmount().signum() <= 0) {
                    continue; // paid (or overpaid) earlier the same day
                }
                switch (random.nextInt(6)) {
                    case 0, 1 -> pay(now, now.remainingAmount().max(BigDecimal.ONE));
                    case 2, 3 -> pay(now, now.remainingAmount().divide(BigDecimal.valueOf(2 + random.nextInt(5)), 2,
                            RoundingMode.DOWN).max(BigDecimal.ONE));
                    case 4 -> {
                        if (!now.payments().isEmpty()) {
                            simulator.deletePayment(organisation.id(), now.guid(), now.payments().getLast().guid());
                        }
                    }
                    default -> pay(now, now.kind() == DineroDocumentKind.INVOICE
                            ? now.remainingAmount().add(BigDecimal.TEN) // overpaid: asked for one by one
                            : now.remainingAmount().max(BigDecimal.ONE));
                }
                clock.advance(Duration.ofSeconds(1 + random.nextInt(90)));
            }
            clock.advance(Duration.ofMinutes(10));

            SyncRun run = sync();

            assertThat(run.status()).as("day %d: %s", day, run.errorMessage()).isEqualTo(SyncRun.Status.SUCCEEDED);
            assertMirrorEqualsDinero(run);
            if (String.valueOf(run.notes()).contains("changed documents were learned from the receivables postings")) {
                learned++;
            }
        }
        assertThat(learned).as("the deltas did learn from the added postings").isGreaterThan(4);
    }

    private SyncRun sync() {
        SyncRunId run = ledger.queueSync(creditor.id(), "test");
        ledger.runSync(creditor.id(), run);
        return ledger.syncRun(creditor.id(), run).orElseThrow();
    }

    private UUID pay(DineroDocument invoice, BigDecimal amount) {
        return simulator.registerPayment(organisation.id(), invoice.guid(),
                new NewPayment(simulator.today(), amount, "Bank"));
    }

    private void assertMirrorEqualsDinero(SyncRun run) {
        SimulatedDinero.assertMirrorEqualsBooks(simulator, organisation.id(), creditor.startDate(),
                new MirrorInvariants(jdbc).openByExternalId(creditor.id()));
        assertThat(ledger.reconciliation(creditor.id(), run.id()).orElseThrow().discrepancies()).isEmpty();
        new MirrorInvariants(jdbc).assertOpenIsTotalLessAllocations(creditor.id());
    }

    /** Open DKK invoices whose balance the first sync derived from the postings (their booking posting is known). */
    private List<DineroDocument> openInvoicesWithDerivedBalances() {
        return openInvoices("d.booking_entry_id is not null");
    }

    /** Mirrored invoices with more than 10 open, by number, that also meet {@code condition} (SQL over d). */
    private List<DineroDocument> openInvoices(String condition) {
        List<String> guids = jdbc.sql("select d.external_id from ledger.document d join ledger.open_item o"
                + " on o.creditor_id = d.creditor_id and o.document_id = d.id where d.creditor_id = ?"
                + " and d.kind = 'INVOICE' and o.open_amount > 10 and " + condition + " order by d.number")
                .param(creditor.id().value()).query(String.class).list();
        return guids.stream().map(id -> simulator.document(organisation.id(), UUID.fromString(id)).orElseThrow())
                .toList();
    }

    private List<String> paymentIds(DineroDocument document) {
        return jdbc.sql("""
                select p.external_id from ledger.payment p join ledger.document d
                  on d.creditor_id = p.creditor_id and d.id = p.document_id
                where p.creditor_id = ? and d.external_id = ?""")
                .params(creditor.id().value(), document.guid().toString()).query(String.class).list();
    }
}
