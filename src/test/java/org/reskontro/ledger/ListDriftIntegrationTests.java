package org.reskontro.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.simulator.dinero.DineroDocument;
import org.reskontro.simulator.dinero.DineroDocumentKind;
import org.reskontro.simulator.dinero.DineroOrganisation;
import org.reskontro.simulator.dinero.DineroSimulator;
import org.reskontro.simulator.dinero.Fault;
import org.reskontro.simulator.dinero.NewInvoice;
import org.reskontro.testing.IntegrationTest;
import org.reskontro.testing.MirrorInvariants;
import org.reskontro.testing.MutableClock;
import org.reskontro.testing.SimulatedDinero;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A Dinero organisation whose invoice list takes two pages of 1,000, changed between them while a sync reads it (over
 * real HTTP, into the mirror): a voucher deleted, or one booked. After the sync (the deletion) or the next one (the
 * booking, which happened after the run began) the mirror equals Dinero, the report is clean and the run's notes say
 * what happened.
 */
@IntegrationTest
class ListDriftIntegrationTests {

    /** The plain and the deleted pass over the contacts come first; the invoice list's page 0 is the third request. */
    private static final Fault[] BEFORE_INVOICE_PAGE_0 = {Fault.passThrough(), Fault.passThrough()};

    @Autowired Creditors creditors;
    @Autowired Ledger ledger;
    @Autowired DineroSimulator simulator;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    DineroOrganisation organisation;
    Creditor creditor;
    LocalDate startDate;

    @BeforeEach
    void aCreditorWithMoreInvoicesThanOnePageHolds() {
        SimulatedDinero.Connected connected = SimulatedDinero.creditor(creditors, simulator, "Glider ApS", 30, 1_300,
                130);
        organisation = connected.organisation();
        creditor = connected.creditor();
        startDate = creditor.startDate();
        assertThat(bookedInvoices()).hasSizeGreaterThan(1_000);
    }

    @Test
    void anInvoiceDeletedBetweenTwoPagesIsClosedAndTheOneThatSlidOntoTheReadPageIsStillMirrored() {
        // The mirror takes in only documents with money open, so the one that slides (first on page 1) must be open to
        // be missed visibly: each newly booked invoice sorts first and moves every other one place on.
        while (bookedInvoices().get(1_000).remainingAmount().signum() <= 0) { // settled or overpaid: not mirrored
            simulator.book(organisation.id(), simulator.addInvoice(organisation.id(), NewInvoice.of(
                    bookedInvoices().getFirst().contactGuid(), simulator.today(), new BigDecimal("500.00"))));
        }
        List<DineroDocument> invoices = bookedInvoices();
        DineroDocument deleted = invoices.getFirst();
        DineroDocument slid = invoices.get(1_000);
        simulator.injectFaults(organisation.id(), BEFORE_INVOICE_PAGE_0);
        simulator.injectFaults(organisation.id(), Fault.deletedAfterwards(deleted.guid()));

        SyncRun run = sync();

        assertThat(run.status()).as(run.errorMessage()).isEqualTo(SyncRun.Status.SUCCEEDED);
        assertThat(simulator.pendingFaults(organisation.id())).isZero();
        assertThat(mirroredDocuments()).contains(slid.guid().toString());
        assertThat(new MirrorInvariants(jdbc).openByExternalId(creditor.id()).getOrDefault(deleted.guid().toString(),
                BigDecimal.ZERO)).as("listed before the deletion, closed by the deleted pass").isZero();
        assertThat(MirrorInvariants.nonZeroOpen(jdbc, creditor.id())).isEqualTo(SimulatedDinero.expectedOpen(simulator, organisation.id(), startDate));
        assertThat(ledger.reconciliation(creditor.id(), run.id()).orElseThrow().clean()).isTrue();
        assertThat(run.notes()).contains("/invoices: the list shrank from " + count(invoices.size()) + " to "
                + count(invoices.size() - 1) + " items between pages 0 and 1").contains("page re-read after the list changed")
                .contains("came more than once");
    }

    @Test
    void anInvoiceBookedBetweenTwoPagesRepeatsOneThatCountsOnceAndComesWithTheNextSync() {
        List<DineroDocument> invoices = bookedInvoices();
        simulator.injectFaults(organisation.id(), BEFORE_INVOICE_PAGE_0);
        simulator.injectFaults(organisation.id(), Fault.bookedAfterwards(NewInvoice.of(invoices.getFirst().contactGuid(),
                simulator.today(), new BigDecimal("1200.00"))));

        SyncRun first = sync();

        assertThat(first.status()).as(first.errorMessage()).isEqualTo(SyncRun.Status.SUCCEEDED);
        Map<String, BigDecimal> expected = SimulatedDinero.expectedOpen(simulator, organisation.id(), startDate);
        expected.remove(bookedInvoices().getFirst().guid().toString()); // booked after the run began: the next one's
        assertThat(MirrorInvariants.nonZeroOpen(jdbc, creditor.id())).isEqualTo(expected);
        assertThat(first.notes()).contains("the list grew from " + count(invoices.size()) + " to " + count(invoices.size() + 1))
                .contains("1 documents came more than once");
        assertThat(ledger.reconciliation(creditor.id(), first.id()).orElseThrow().clean()).isTrue();

        clock.advance(Duration.ofMinutes(10));
        SyncRun next = sync();
        assertThat(next.mode()).isEqualTo("DELTA");
        assertThat(MirrorInvariants.nonZeroOpen(jdbc, creditor.id())).isEqualTo(SimulatedDinero.expectedOpen(simulator, organisation.id(), startDate)).containsKey(bookedInvoices().getFirst().guid().toString());
        assertThat(ledger.reconciliation(creditor.id(), next.id()).orElseThrow().clean()).isTrue();
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private SyncRun sync() {
        SyncRunId run = ledger.queueSync(creditor.id(), "test");
        ledger.runSync(creditor.id(), run);
        return ledger.syncRun(creditor.id(), run).orElseThrow();
    }

    /** Booked, undeleted invoices dated from the start date, highest number first (Dinero's default order). */
    private List<DineroDocument> bookedInvoices() {
        return simulator.documents(organisation.id()).stream()
                .filter(d -> d.kind() == DineroDocumentKind.INVOICE && d.booked() && !d.deleted())
                .filter(d -> !d.date().isBefore(startDate) && !d.date().isAfter(simulator.today()))
                .sorted(Comparator.comparingLong(DineroDocument::number).reversed())
                .toList();
    }

    private Set<String> mirroredDocuments() {
        return Set.copyOf(jdbc.sql("select external_id from ledger.document where creditor_id = ?")
                .param(creditor.id().value()).query(String.class).list());
    }


}
