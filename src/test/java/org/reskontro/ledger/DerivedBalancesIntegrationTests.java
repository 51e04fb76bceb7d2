package org.reskontro.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.simulator.dinero.DineroDocument;
import org.reskontro.simulator.dinero.DineroDocumentKind;
import org.reskontro.simulator.dinero.DineroExchange;
import org.reskontro.simulator.dinero.DineroOrganisation;
import org.reskontro.simulator.dinero.DineroPayment;
import org.reskontro.simulator.dinero.DineroSimulator;
import org.reskontro.simulator.dinero.NewPayment;
import org.reskontro.testing.IntegrationTest;
import org.reskontro.testing.MirrorInvariants;
import org.reskontro.testing.MutableClock;
import org.reskontro.testing.SimulatedDinero;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A first sync with more new open documents than {@code reskontro.sync.derived-balances-from} (1,000) reads the
 * receivables postings once instead of one balance per document (ADR 12): the mirror must equal Dinero all the same,
 * documents it cannot vouch for (foreign currency, a debtor with postings outside the listed documents) are still
 * asked one by one, and a later change to a document whose payments were derived keeps them and adds what the
 * postings booked since (a removed payment as its reversing posting).
 */
@IntegrationTest
class DerivedBalancesIntegrationTests {

    @Autowired Creditors creditors;
    @Autowired Ledger ledger;
    @Autowired DineroSimulator simulator;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    DineroOrganisation organisation;
    Creditor creditor;
    final AtomicInteger balanceRequests = new AtomicInteger();
    final Consumer<DineroExchange> countBalances = exchange -> {
        if (exchange.path().endsWith("/payments")) {
            balanceRequests.incrementAndGet();
        }
    };

    @BeforeEach
    void aLargeCreditorOnItsOwnSimulatedDineroOrganisation() {
        SimulatedDinero.Connected connected = SimulatedDinero.creditor(creditors, simulator, "Stor Handel ApS", 200,
                7_000, 100);
        organisation = connected.organisation();
        creditor = connected.creditor();
        simulator.addExchangeListener(countBalances);
    }

    @AfterEach
    void stopCounting() {
        simulator.removeExchangeListener(countBalances);
    }

    @Test
    void aFirstSyncOfManyOpenDocumentsDerivesTheirBalancesAndStillMirrorsDineroExactly() {
        SyncRun run = sync();

        assertThat(run.status()).as(run.errorMessage()).isEqualTo(SyncRun.Status.SUCCEEDED);
        assertThat(run.mode()).isEqualTo("FULL");
        assertThat(run.notes()).contains("were derived from the accounting system's receivables postings");
        Map<String, BigDecimal> expected = expectedOpen();
        assertThat(expected.size()).isGreaterThan(1_000);
        assertThat(MirrorInvariants.nonZeroOpen(jdbc, creditor.id())).isEqualTo(expected);
        assertThat(run.documentsToDetail()).isEqualTo(expected.size());
        long foreign = openDocuments().stream().filter(d -> !d.currency().equals("DKK")).count();
        assertThat(foreign).as("the demo books have some EUR invoices").isPositive();
        assertThat(balanceRequests.get()).as("asked one by one: foreign currency and debtors it cannot vouch for")
                .isGreaterThanOrEqualTo((int) foreign).isLessThan(expected.size() / 3);
        assertThat(run.httpRequests()).isLessThan(expected.size() / 3);
        assertThat(ledger.reconciliation(creditor.id(), run.id()).orElseThrow().discrepancies()).isEmpty();
        assertThat(derivedPayments()).as("pre-transfer payments taken from the postings").isPositive();
        assertOpenIsTotalLessAllocations();
    }

    @Test
    void aLaterChangeToADocumentWithDerivedPaymentsKeepsThemAndAddsWhatWasBookedSince() {
        sync();
        DineroDocument invoice = aPartlyPaidInvoiceWithDerivedPayments();
        DineroPayment vanishing = invoice.payments().getFirst();
        clock.advance(Duration.ofHours(1));
        simulator.deletePayment(organisation.id(), invoice.guid(), vanishing.guid());
        BigDecimal part = simulator.document(organisation.id(), invoice.guid()).orElseThrow().remainingAmount()
                .divide(BigDecimal.TWO, 2, RoundingMode.DOWN);
        simulator.registerPayment(organisation.id(), invoice.guid(), new NewPayment(simulator.today(), part, "Bank"));
        clock.advance(Duration.ofMinutes(10));

        SyncRun delta = sync();

        assertThat(delta.status()).as(delta.errorMessage()).isEqualTo(SyncRun.Status.SUCCEEDED);
        assertThat(delta.mode()).isEqualTo("DELTA");
        assertThat(delta.notes()).contains("1 of 1 changed documents were learned from the receivables postings");
        assertThat(MirrorInvariants.nonZeroOpen(jdbc, creditor.id())).isEqualTo(expectedOpen());
        List<Map.Entry<String, BigDecimal>> payments = jdbc.sql("""
                select p.external_id, p.amount from ledger.payment p join ledger.document d
                  on d.creditor_id = p.creditor_id and d.id = p.document_id
                where p.creditor_id = ? and d.external_id = ? order by p.recorded_at, p.external_id""")
                .params(creditor.id().value(), invoice.guid().toString())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getBigDecimal(2))).list();
        assertThat(payments).as("the kept ones not written again, the removal as its reversing posting, the new one")
                .hasSize(invoice.payments().size() + 2)
                .allSatisfy(p -> assertThat(p.getKey()).startsWith("entry:").doesNotEndWith("#reversed"));
        assertThat(payments.subList(invoice.payments().size(), payments.size()).stream().map(Map.Entry::getValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(part.subtract(vanishing.amount()));
        assertThat(ledger.reconciliation(creditor.id(), delta.id()).orElseThrow().discrepancies()).isEmpty();
        assertOpenIsTotalLessAllocations();
    }

    private DineroDocument aPartlyPaidInvoiceWithDerivedPayments() {
        List<String> derived = jdbc.sql("""
                select distinct d.external_id from ledger.payment p join ledger.document d
                  on d.creditor_id = p.creditor_id and d.id = p.document_id
                where p.creditor_id = ? and p.external_id like 'entry:%' and d.kind = 'INVOICE'""")
                .param(creditor.id().value()).query(String.class).list();
        return derived.stream().map(id -> simulator.document(organisation.id(), UUID.fromString(id)).orElseThrow())
                .filter(d -> d.payments().size() >= 1 && d.remainingAmount().compareTo(BigDecimal.TEN) > 0)
                .findFirst().orElseThrow(() -> new AssertionError("no partly paid invoice with derived payments"));
    }

    private SyncRun sync() {
        SyncRunId run = ledger.queueSync(creditor.id(), "test");
        ledger.runSync(creditor.id(), run);
        return ledger.syncRun(creditor.id(), run).orElseThrow();
    }

    private List<DineroDocument> openDocuments() {
        return simulator.documents(organisation.id()).stream()
                .filter(d -> d.booked() && !d.deleted() && !d.date().isBefore(creditor.startDate()))
                .filter(d -> d.remainingAmount().signum() > 0)
                .toList();
    }

    /** Booked, undeleted documents dated from the start date with money open, signed like the mirror. */
    private Map<String, BigDecimal> expectedOpen() {
        return openDocuments().stream().collect(Collectors.toMap(d -> d.guid().toString(),
                d -> d.kind() == DineroDocumentKind.CREDIT_NOTE ? d.remainingAmount().negate().stripTrailingZeros()
                        : d.remainingAmount().stripTrailingZeros()));
    }


    private int derivedPayments() {
        return jdbc.sql("select count(*) from ledger.payment where creditor_id = ? and external_id like 'entry:%'")
                .param(creditor.id().value()).query(Integer.class).single();
    }

    /** I4: what is open is the total less the allocated payments. */
    private void assertOpenIsTotalLessAllocations() {
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
}
