package org.reskontro.connector.dinero;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.reskontro.ledger.spi.AccountingSystemException;
import org.reskontro.ledger.spi.AccountingSystemException.Category;
import org.reskontro.ledger.spi.DocumentQuery;
import org.reskontro.ledger.spi.ErpDocument;
import org.reskontro.ledger.spi.LedgerSource;
import org.reskontro.shared.DocumentKind;
import org.reskontro.simulator.dinero.DineroExchange;
import org.reskontro.simulator.dinero.Fault;

/** Invoice and credit-note PDFs over real HTTP: the right endpoint and Accept header, and only real PDFs kept. */
class DineroConnectorPdfTests {

    private static final DocumentQuery ALL = new DocumentQuery(DineroSandbox.ANCHOR.minusDays(120),
            DineroSandbox.ANCHOR, null);

    @Test
    void anInvoicePdfIsTheInvoiceAsDineroPrintsIt() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            LedgerSource source = sandbox.open();
            ErpDocument invoice = first(source, DocumentKind.INVOICE);
            int before = source.requestCount();

            String pdf = text(source.pdf(invoice));

            assertThat(pdf).startsWith("%PDF-").endsWith("%%EOF\n")
                    .contains("(Faktura nr. " + invoice.number() + ")");
            assertThat(source.requestCount()).isEqualTo(before + 1);
            DineroExchange exchange = sandbox.exchanges.getLast();
            assertThat(exchange.path()).isEqualTo("/v1/" + sandbox.organisationId() + "/invoices/" + invoice.externalId());
            assertThat(accept(exchange)).isEqualTo("application/octet-stream");
        }
    }

    @Test
    void aCreditNotePdfComesFromItsOwnEndpoint() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            LedgerSource source = sandbox.open();
            ErpDocument creditNote = first(source, DocumentKind.CREDIT_NOTE);

            String pdf = text(source.pdf(creditNote));

            assertThat(pdf).startsWith("%PDF-").contains("(Kreditnota nr. " + creditNote.number() + ")");
            assertThat(sandbox.exchanges.getLast().path()).isEqualTo("/v1/" + sandbox.organisationId()
                    + "/sales/creditnotes/" + creditNote.externalId() + "/pdf");
        }
    }

    @Test
    void aDocumentDineroDoesNotHaveIsNotFound() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            LedgerSource source = sandbox.open();
            ErpDocument gone = withGuid(first(source, DocumentKind.INVOICE), UUID.randomUUID().toString());

            assertFailure(() -> source.pdf(gone), Category.NOT_FOUND, "Dinero has no invoice " + gone.externalId());
        }
    }

    @Test
    void aPdfCutShortIsRefusedSoItIsNeverKept() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            LedgerSource source = sandbox.open();
            ErpDocument invoice = first(source, DocumentKind.INVOICE);
            sandbox.simulator.injectFaults(sandbox.organisationId(), Fault.malformedJson());

            assertFailure(() -> source.pdf(invoice), Category.MALFORMED_RESPONSE, "Dinero's answer to GET /v1/"
                    + sandbox.organisationId() + "/invoices/" + invoice.externalId() + " (PDF) does not follow the"
                    + " contract: the PDF of ");
        }
    }

    @Test
    void aBodyThatIsNoPdfIsMalformed() {
        byte[] html = "<html>Log ind</html>".getBytes(StandardCharsets.UTF_8);

        assertFailure(() -> DineroPdf.checked(html, "GET x"), Category.MALFORMED_RESPONSE,
                "Dinero's answer to GET x does not follow the contract: the body is no PDF");
        byte[] pdf = "%PDF-1.7\n…\n%%EOF\r\n".getBytes(StandardCharsets.UTF_8);
        assertThat(DineroPdf.checked(pdf, "GET x")).isSameAs(pdf);
    }

    @Test
    void rateLimitsAndAnExpiredTokenAreRiddenOutAsForEveryOtherRead() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            LedgerSource source = sandbox.open();
            ErpDocument invoice = first(source, DocumentKind.INVOICE);
            int before = source.requestCount();
            sandbox.simulator.revokeTokens();
            sandbox.simulator.injectFaults(sandbox.organisationId(), Fault.rateLimited(3), Fault.rateLimited(3));

            assertThat(text(source.pdf(invoice))).startsWith("%PDF-");
            assertThat(sandbox.sleeper.waits()).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
            assertThat(source.requestCount()).as("401, new token, two 429s, the PDF").isEqualTo(before + 5);
        }
    }

    @Test
    void lastingServerErrorsAreReportedForTheDocument() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            LedgerSource source = sandbox.open();
            ErpDocument creditNote = first(source, DocumentKind.CREDIT_NOTE);
            sandbox.simulator.injectFaults(sandbox.organisationId(), 3, Fault.serverError());

            assertFailure(() -> source.pdf(creditNote), Category.SERVER_ERROR, "Dinero answered HTTP 500 to GET"
                    + " /v1/" + sandbox.organisationId() + "/sales/creditnotes/" + creditNote.externalId()
                    + "/pdf (PDF) 3 times");
        }
    }

    private static ErpDocument first(LedgerSource source, DocumentKind kind) {
        List<ErpDocument> documents = new ArrayList<>();
        source.documents(ALL, documents::add);
        return documents.stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
    }

    private static ErpDocument withGuid(ErpDocument d, String guid) {
        return new ErpDocument(guid, d.kind(), d.number(), d.customerExternalId(), d.issueDate(), d.dueDate(),
                d.totalInclVat(), d.totalExclVat(), d.status(), d.version(), d.deleted());
    }

    private static String text(byte[] pdf) {
        return new String(pdf, StandardCharsets.ISO_8859_1);
    }

    private static String accept(DineroExchange exchange) {
        return exchange.requestHeaders().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase("Accept"))
                .map(h -> h.getValue().getFirst()).findFirst().orElse("");
    }

    private static void assertFailure(ThrowingCallable call, Category category, String messageStart) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AccountingSystemException.class, e -> {
            assertThat(e.category()).isEqualTo(category);
            assertThat(e.getMessage()).startsWith(messageStart);
        });
    }
}
