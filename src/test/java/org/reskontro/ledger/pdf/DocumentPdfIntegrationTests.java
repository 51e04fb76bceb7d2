package org.reskontro.ledger.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reskontro.creditors.ConnectionSettings;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.ledger.Documents;
import org.reskontro.ledger.Ledger;
import org.reskontro.ledger.OpenItem;
import org.reskontro.ledger.PdfTransfer;
import org.reskontro.ledger.PdfTransfer.Outcome;
import org.reskontro.ledger.StoredPdf;
import org.reskontro.ledger.SyncRun;
import org.reskontro.ledger.SyncRunId;
import org.reskontro.ledger.sync.LedgerSources;
import org.reskontro.shared.AccountingSystemKind;
import org.reskontro.shared.DocumentKind;
import org.reskontro.simulator.dinero.DineroContact;
import org.reskontro.simulator.dinero.DineroDemoData;
import org.reskontro.simulator.dinero.DineroExchange;
import org.reskontro.simulator.dinero.DineroOrganisation;
import org.reskontro.simulator.dinero.DineroSimulator;
import org.reskontro.simulator.dinero.Fault;
import org.reskontro.simulator.dinero.NewInvoice;
import org.reskontro.simulator.dinero.NewPayment;
import org.reskontro.testing.IntegrationTest;
import org.reskontro.testing.MutableClock;
import org.reskontro.testing.TestCreditors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * S-DOC-1 over real HTTP: the PDFs of open documents are copied for new numbers only, each fetched once, and a
 * broken document or a rate-limit storm costs nothing already stored.
 */
@IntegrationTest
class DocumentPdfIntegrationTests {

    private static final AtomicLong SEEDS = new AtomicLong(9_100);

    @Autowired Creditors creditors;
    @Autowired Ledger ledger;
    @Autowired Documents documents;
    @Autowired DineroSimulator simulator;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired LedgerSources sources;
    @Autowired PdfRows rows;
    @Autowired PdfTransferLock lock;

    final List<DineroExchange> exchanges = new CopyOnWriteArrayList<>();
    final Consumer<DineroExchange> recorder = exchanges::add;
    DineroOrganisation organisation;
    Creditor creditor;

    @BeforeEach
    void aSyncedCreditorOnItsOwnDineroOrganisation() {
        LocalDate today = simulator.today();
        organisation = new DineroDemoData(SEEDS.incrementAndGet(), today, "Pdf ApS", 20, 80).loadInto(simulator);
        creditor = TestCreditors.danish(creditors, "Pdf ApS", today.minusDays(90));
        creditors.connect(creditor.id(), new ConnectionSettings(AccountingSystemKind.DINERO,
                simulator.baseUrl().toString(), simulator.tokenUrl().toString(), String.valueOf(organisation.id()),
                organisation.credentials().asMap()));
        assertThat(sync().status()).isEqualTo(SyncRun.Status.SUCCEEDED);
        assertThat(open()).hasSizeGreaterThan(5);
        simulator.addExchangeListener(recorder);
    }

    @AfterEach
    void stopListening() {
        simulator.removeExchangeListener(recorder);
        simulator.clearFaults(organisation.id());
    }

    @Test
    void everyOpenDocumentsPdfIsFetchedOnceAndTheSecondTransferFetchesNothing() {
        List<OpenItem> open = open();

        PdfTransfer first = documents.runPdfTransfer(creditor.id());

        assertThat(first).isEqualTo(new PdfTransfer(Outcome.DONE, open.size(), 0, 0, first.httpRequests(), null, null));
        assertThat(pdfRequests()).hasSize(open.size()).doesNotHaveDuplicates();
        for (OpenItem item : open) {
            StoredPdf pdf = documents.pdf(creditor.id(), item.documentId()).orElseThrow();
            String text = new String(pdf.content(), StandardCharsets.ISO_8859_1);
            assertThat(text).startsWith("%PDF-").contains((item.kind() == DocumentKind.INVOICE ? "(Faktura nr. "
                    : "(Kreditnota nr. ") + item.number() + ")");
            assertThat(pdf.sha256()).hasSize(64);
        }
        assertThat(jdbc.sql("select outcome, fetched from ledger.pdf_transfer where creditor_id = ?")
                .param(creditor.id().value()).query((rs, n) -> rs.getString(1) + " " + rs.getInt(2)).list())
                .containsExactly("DONE " + open.size());

        exchanges.clear();
        assertThat(documents.transferNewPdfs(creditor.id())).isZero();
        assertThat(exchanges).as("nothing due: not even a token is asked for").isEmpty();
    }

    @Test
    void aChangedOldInvoiceIsNotFetchedAgainButANewNumberIs() {
        documents.transferNewPdfs(creditor.id());
        OpenItem changed = open().stream().filter(i -> i.kind() == DocumentKind.INVOICE).findFirst().orElseThrow();
        StoredPdf before = documents.pdf(creditor.id(), changed.documentId()).orElseThrow();
        clock.advance(Duration.ofHours(1));
        simulator.registerPayment(organisation.id(), UUID.fromString(externalId(changed)),
                new NewPayment(simulator.today(), new BigDecimal("10.00"), "Delbetaling"));
        DineroContact debtor = simulator.contacts(organisation.id()).stream().filter(c -> c.debitor() && !c.deleted())
                .findFirst().orElseThrow();
        UUID fresh = simulator.addInvoice(organisation.id(), NewInvoice.of(debtor.guid(), simulator.today(),
                new BigDecimal("800.00")));
        simulator.book(organisation.id(), fresh);
        assertThat(sync().status()).isEqualTo(SyncRun.Status.SUCCEEDED);
        exchanges.clear();

        PdfTransfer transfer = documents.runPdfTransfer(creditor.id());

        assertThat(transfer.fetched()).isEqualTo(1);
        assertThat(pdfRequests()).containsExactly("/v1/" + organisation.id() + "/invoices/" + fresh);
        StoredPdf after = documents.pdf(creditor.id(), changed.documentId()).orElseThrow();
        assertThat(after.sha256()).isEqualTo(before.sha256());
        assertThat(after.fetchedAt()).isEqualTo(before.fetchedAt());
    }

    @Test
    void oneBrokenDocumentIsRecordedAndRetriedLaterWithoutStoppingTheOthers() {
        int open = open().size();
        simulator.injectFaults(organisation.id(), Fault.malformedJson()); // the first PDF arrives cut short

        PdfTransfer first = documents.runPdfTransfer(creditor.id());

        assertThat(first.outcome()).isEqualTo(Outcome.DONE);
        assertThat(first.fetched()).isEqualTo(open - 1);
        assertThat(first.failed()).isEqualTo(1);
        assertThat(first.remaining()).isEqualTo(1);
        assertThat(jdbc.sql("select failures, last_category, last_error from ledger.document_pdf_failure"
                + " where creditor_id = ?").param(creditor.id().value())
                .query((rs, n) -> rs.getInt(1) + " " + rs.getString(2) + " " + rs.getString(3)).single())
                .startsWith("1 MALFORMED_RESPONSE ").contains("has no %%EOF at its end");

        exchanges.clear();
        assertThat(documents.transferNewPdfs(creditor.id())).as("not yet due again").isZero();
        assertThat(pdfRequests()).isEmpty();

        clock.advance(PdfFetcher.retryDelay(1));
        PdfTransfer retry = documents.runPdfTransfer(creditor.id());
        assertThat(retry.fetched()).isEqualTo(1);
        assertThat(retry.remaining()).isZero();
    }

    @Test
    void aRateLimitStormStopsTheTransferCleanlyAndKeepsWhatWasStored() {
        int open = open().size();
        simulator.injectFaults(organisation.id(), Fault.delay(Duration.ZERO), Fault.delay(Duration.ZERO));
        simulator.injectFaults(organisation.id(), 8, Fault.rateLimited(0)); // the connector gives up after 8

        PdfTransfer stopped = documents.runPdfTransfer(creditor.id());

        assertThat(stopped.outcome()).isEqualTo(Outcome.ABORTED);
        assertThat(stopped.errorCategory()).isEqualTo("RATE_LIMITED");
        assertThat(stopped.errorMessage()).contains("kept answering 429");
        assertThat(stopped.fetched()).isEqualTo(2);
        assertThat(stopped.failed()).as("the storm is no document's fault").isZero();
        assertThat(stopped.remaining()).isEqualTo(open - 2);
        assertThat(jdbc.sql("select count(*) from ledger.document_pdf_failure where creditor_id = ?")
                .param(creditor.id().value()).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select outcome || ' ' || error_category from ledger.pdf_transfer where creditor_id = ?")
                .param(creditor.id().value()).query(String.class).single()).isEqualTo("ABORTED RATE_LIMITED");

        PdfTransfer after = documents.runPdfTransfer(creditor.id());
        assertThat(after.fetched()).isEqualTo(open - 2);
        assertThat(after.remaining()).isZero();
    }

    @Test
    void eachTransferIsBoundedAndTheNextOneGoesOn() {
        int open = open().size();
        PdfFetcher threeAtATime = new PdfFetcher(sources, rows, lock, new PdfSettings(3, null, 0), clock);

        PdfTransfer first = threeAtATime.transfer(creditor.id());
        assertThat(first.fetched()).isEqualTo(3);
        assertThat(first.remaining()).isEqualTo(open - 3);
        int total = first.fetched();
        while (total < open) {
            total += threeAtATime.transfer(creditor.id()).fetched();
        }
        assertThat(total).isEqualTo(open);
        assertThat(pdfRequests()).hasSize(open);
    }

    @Test
    void theTimeBudgetEndsATransferBetweenDocuments() {
        PdfFetcher oneMinute = new PdfFetcher(sources, rows, lock, new PdfSettings(0, Duration.ofMinutes(1), 0), clock);
        Consumer<DineroExchange> slowDinero = exchange -> {
            if (isPdf(exchange)) {
                clock.advance(Duration.ofSeconds(40));
            }
        };
        simulator.addExchangeListener(slowDinero);
        try {
            PdfTransfer transfer = oneMinute.transfer(creditor.id());
            assertThat(transfer.outcome()).isEqualTo(Outcome.DONE);
            assertThat(transfer.fetched()).isEqualTo(2);
            assertThat(transfer.remaining()).isEqualTo(open().size() - 2);
        } finally {
            simulator.removeExchangeListener(slowDinero);
        }
    }

    @Test
    void manyDocumentsFailingInARowStopTheTransfer() {
        PdfFetcher patient = new PdfFetcher(sources, rows, lock, new PdfSettings(0, null, 2), clock);
        simulator.injectFaults(organisation.id(), Fault.malformedJson(), Fault.malformedJson());

        PdfTransfer stopped = patient.transfer(creditor.id());

        assertThat(stopped.outcome()).isEqualTo(Outcome.ABORTED);
        assertThat(stopped.errorCategory()).isEqualTo("MALFORMED_RESPONSE");
        assertThat(stopped.errorMessage()).startsWith("2 documents in a row failed");
        assertThat(stopped.fetched()).isZero();
        assertThat(stopped.failed()).isEqualTo(2);
    }

    @Test
    void whileOneTransferRunsAnotherForTheSameCreditorDoesNothing() {
        PdfTransfer inner = lock.whileHolding(creditor.id(), () -> documents.runPdfTransfer(creditor.id()))
                .orElseThrow();

        assertThat(inner.outcome()).isEqualTo(Outcome.BUSY);
        assertThat(inner.remaining()).isEqualTo(open().size());
        assertThat(pdfRequests()).isEmpty();
        assertThat(documents.runPdfTransfer(creditor.id()).outcome()).as("the lock is gone with its holder")
                .isEqualTo(Outcome.DONE);
    }

    private SyncRun sync() {
        SyncRunId run = ledger.queueSync(creditor.id(), "test");
        ledger.runSync(creditor.id(), run);
        return ledger.syncRun(creditor.id(), run).orElseThrow();
    }

    private List<OpenItem> open() {
        return ledger.openItems(creditor.id(), null, 10_000);
    }

    private String externalId(OpenItem item) {
        return jdbc.sql("select external_id from ledger.document where creditor_id = ? and id = ?")
                .params(creditor.id().value(), item.documentId()).query(String.class).single();
    }

    /** Paths of this organisation's PDF requests, in order. */
    private List<String> pdfRequests() {
        return exchanges.stream().filter(this::isPdf).map(DineroExchange::path).toList();
    }

    private boolean isPdf(DineroExchange exchange) {
        String org = "/v1/" + organisation.id();
        return exchange.path().matches(org + "/invoices/[^/]+") || exchange.path().matches(org
                + "/sales/creditnotes/[^/]+/pdf");
    }
}
