package org.reskontro.connector.poweroffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.reskontro.ledger.spi.AccountingSystemException;
import org.reskontro.ledger.spi.AccountingSystemException.Category;
import org.reskontro.ledger.spi.DocumentQuery;
import org.reskontro.ledger.spi.ErpCustomer;
import org.reskontro.ledger.spi.ErpDocument;
import org.reskontro.ledger.spi.LedgerSource;
import org.reskontro.simulator.poweroffice.Fault;

class PowerOfficeConnectorFaultTests {

    private static final DocumentQuery ALL = new DocumentQuery(PowerOfficeSandbox.ANCHOR.minusDays(120),
            PowerOfficeSandbox.ANCHOR, null);
    private static final String REJECTED =
            "PowerOffice Go rejected the credentials: check application key, client key and subscription key";

    @Test
    void aWrongApplicationKeyOrClientKeyIsAnAuthenticationFailureAfterOneRequest() {
        try (PowerOfficeSandbox sandbox = PowerOfficeSandbox.small()) {
            for (String wrong : List.of("applicationKey", "clientKey")) {
                LedgerSource source = withWrong(sandbox, wrong);

                assertFailure(() -> readCustomers(source), Category.AUTHENTICATION, REJECTED);
                assertThat(source.requestCount()).as(wrong).isEqualTo(1);
            }
        }
    }

    @Test
    void aWrongSubscriptionKeyIsNamedAsSuch() {
        try (PowerOfficeSandbox sandbox = PowerOfficeSandbox.small()) {
            LedgerSource source = withWrong(sandbox, "subscriptionKey");

            assertFailure(() -> readCustomers(source), Category.AUTHENTICATION, REJECTED
                    + " (the gateway refused the subscription key: Access denied due to invalid subscription key.");
        }
    }

    @Test
    void aMissingCredentialIsNamed() {
        try (PowerOfficeSandbox sandbox = PowerOfficeSandbox.small()) {
            Map<String, String> credentials = new HashMap<>(sandbox.client.credentials().asMap());
            credentials.remove("clientKey");
            LedgerSource source = sandbox.connector(PowerOfficeSandbox.SETTINGS)
                    .open(sandbox.connection(PowerOfficeSandbox.ORGANISATION_NUMBER, credentials));

            assertFailure(() -> readCustomers(source), Category.AUTHENTICATION,
                    "The PowerOffice Go connection has no 'clientKey'");
        }
    }

    @Test
    void anOrganisationIdThatIsNoOrganisationNumberIsRefusedAtOnce() {
        try (PowerOfficeSandbox sandbox = PowerOfficeSandbox.small()) {
            assertFailure(() -> sandbox.connector(PowerOfficeSandbox.SETTINGS)
                    .open(sandbox.connection("42", sandbox.client.credentials().asMap())), Category.NOT_FOUND,
                    "PowerOffice Go clients are named here by their organisation number (9 digits); '42' is not one");
        }
    }

    @Test
    void anUnreachableHostIsRetriedThenReported() throws IOException {
        try (PowerOfficeSandbox sandbox = PowerOfficeSandbox.small()) {
            URI nobody = URI.create("http://127.0.0.1:" + freePort());
            LedgerSource source = sandbox.connector(PowerOfficeSandbox.SETTINGS)
                    .open(sandbox.connectionTo(nobody.resolve("/v2"), nobody.resolve("/OAuth/Token")));

            assertFailure(() -> readCustomers(source), Category.UNREACHABLE, "PowerOffice Go at " + nobody
                    + " could not be reached (ConnectException) on POST to the token endpoint, 3 attempts");
            assertThat(source.requestCount()).isEqualTo(3);
            assertThat(sandbox.sleeper.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        }
    }

    @Test
    void aThrottleThatPassesIsWaitedOutAsRetryAfterSays() {
        try (PowerOfficeSandbox sandbox = PowerOfficeSandbox.small()) {
            sandbox.simulator.injectFaults(sandbox.clientId(), 3, Fault.rateLimited(4));
            LedgerSource source = sandbox.open();

            assertThat(readCustomers(source)).isNotEmpty();
            assertThat(sandbox.sleeper.waits()).containsExactly(Duration.ofSeconds(4), Duration.ofSeconds(4),
                    Duration.ofSeconds(4));
            assertThat(source.requestCount()).as("token, three refusals, the client check, one page")
                    .isEqualTo(1 + 3 + 1 + 1);
        }
    }

    @Test
    void withoutRetryAfterTheConnectorBacksOffExponentially() {
        try (PowerOfficeSandbox sandbox = PowerOfficeSandbox.small()) {
            sandbox.simulator.injectFaults(sandbox.clientId(), 4, Fault.rateLimitedWithoutRetryAfter());

            assertThat(readCustomers(sandbox.open())).isNotEmpty();
            assertThat(sandbox.sleeper.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2),
                    Duration.ofSeconds(4), Duration.ofSeconds(8));
        }
    }

    @Test
    void aThrottleThatNeverEndsGivesUpAfterTheAllowedAttempts() {
        try (PowerOfficeSandbox sandbox = PowerOfficeSandbox.small()) {
            sandbox.simulator.injectFaults(sandbox.clientId(), 50, Fault.rateLimited(2));
            LedgerSource source = sandbox.open();

            assertFailure(() -> readCustomers(source), Category.RATE_LIMITED, "PowerOffice Go kept answering 429"
                    + " (too many requests; 10 a second per subscription key) to GET /OrganizationSettings after 8"
                    + " attempts; try again later");
            assertThat(sandbox.sleeper.waits()).hasSize(7).containsOnly(Duration.ofSeconds(2));
            assertThat(source.requestCount()).isEqualTo(1 + 8);
        }
    }

    @Test
    void serverErrorsAreRetriedAndThenSucceed() {
        try (PowerOfficeSandbox sandbox = PowerOfficeSandbox.small()) {
            sandbox.simulator.injectFaults(sandbox.clientId(), Fault.serverError(), Fault.unavailable());

            assertThat(readCustomers(sandbox.open())).isNotEmpty();
            assertThat(sandbox.sleeper.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        }
    }

    @Test
    void lastingServerErrorsAreReported() {
        try (PowerOfficeSandbox sandbox = PowerOfficeSandbox.small()) {
            LedgerSource source = sandbox.open();
            readCustomers(source);
            sandbox.simulator.injectFaults(sandbox.clientId(), 3, Fault.unavailable());

            assertFailure(() -> readCustomers(source), Category.SERVER_ERROR, "PowerOffice Go answered HTTP 503 to"
                    + " GET /Customers page 1 3 times in a row; PowerOffice Go may be down, try later");
        }
    }

    @Test
    void aMalformedPageNamesTheEndpointAndPage() {
        try (PowerOfficeSandbox sandbox = PowerOfficeSandbox.small()) {
            LedgerSource source = sandbox.open();
            readCustomers(source);
            sandbox.simulator.injectFaults(sandbox.clientId(), Fault.malformedJson());

            assertFailure(() -> readDocuments(source), Category.MALFORMED_RESPONSE,
                    "PowerOffice Go sent malformed JSON for GET /OutgoingInvoices page 1: ");
        }
    }

    @Test
    void aTruncatedPageIsCaughtInsteadOfEndingTheReadEarly() {
        try (PowerOfficeSandbox sandbox = PowerOfficeSandbox.small()) {
            LedgerSource source = sandbox.open();
            readCustomers(source);
            sandbox.simulator.injectFaults(sandbox.clientId(), Fault.truncatedPage());

            assertFailure(() -> readDocuments(source), Category.MALFORMED_RESPONSE, "PowerOffice Go's answer to GET"
                    + " /OutgoingInvoices page 1 does not follow the contract: the page holds 50 of 100 items but"
                    + " X-Pagination announces a next page (truncated page?)");
        }
    }

    @Test
    void aTruncatedLastPageIsCaughtByTheAnnouncedCount() {
        try (PowerOfficeSandbox sandbox = PowerOfficeSandbox.small()) {
            LedgerSource source = sandbox.open();
            readCustomers(source);
            int invoices = sandbox.simulator.invoices(sandbox.clientId()).size();
            int lastPage = (invoices + 99) / 100;
            sandbox.simulator.injectFaults(sandbox.clientId(), lastPage - 1, Fault.passThrough());
            sandbox.simulator.injectFaults(sandbox.clientId(), Fault.truncatedPage());

            assertFailure(() -> readDocuments(source), Category.MALFORMED_RESPONSE, "PowerOffice Go's answer to GET"
                    + " /OutgoingInvoices does not follow the contract: X-Pagination announced " + invoices
                    + " items but the pages held " + (invoices - (invoices - (lastPage - 1) * 100 + 1) / 2));
        }
    }

    @Test
    void aMissingRequiredPropertyIsMalformed() {
        try (PowerOfficeSandbox sandbox = PowerOfficeSandbox.small()) {
            LedgerSource source = sandbox.open();
            readCustomers(source);
            sandbox.simulator.injectFaults(sandbox.clientId(), Fault.missingProperty("Id"));
            assertFailure(() -> readDocuments(source), Category.MALFORMED_RESPONSE, "PowerOffice Go's answer to GET"
                    + " /OutgoingInvoices page 1 does not follow the contract: required property Id is missing");

            sandbox.simulator.injectFaults(sandbox.clientId(), Fault.missingProperty("LastChangedDateTimeOffset"));
            assertFailure(() -> readCustomers(source), Category.MALFORMED_RESPONSE, "PowerOffice Go's answer to GET"
                    + " /Customers page 1 does not follow the contract: required property LastChangedDateTimeOffset"
                    + " is missing");
        }
    }

    @Test
    void aBrokenPdfDownloadIsRefusedNotStored() {
        try (PowerOfficeSandbox sandbox = PowerOfficeSandbox.small()) {
            LedgerSource source = sandbox.open();
            List<ErpDocument> documents = new ArrayList<>();
            source.documents(ALL, documents::add);
            sandbox.simulator.injectFaults(sandbox.clientId(), Fault.malformedJson());

            assertFailure(() -> source.pdf(documents.getFirst()), Category.MALFORMED_RESPONSE, "PowerOffice Go's"
                    + " answer to GET /VoucherDocumentation/Download (PDF of invoice ");
        }
    }

    @Test
    void aDelayBeyondTheTimeoutIsRetriedThenUnreachable() {
        try (PowerOfficeSandbox sandbox = PowerOfficeSandbox.small()) {
            PowerOfficeSettings impatient = new PowerOfficeSettings(Duration.ofSeconds(2), Duration.ofMillis(500), 100,
                    8, 3);
            LedgerSource source = sandbox.connector(impatient).open(sandbox.connection());
            readCustomers(source);
            sandbox.simulator.injectFaults(sandbox.clientId(), 3, Fault.delay(Duration.ofSeconds(30)));

            assertFailure(() -> readCustomers(source), Category.UNREACHABLE, "PowerOffice Go at "
                    + sandbox.simulator.baseUrl().resolve("/").toString().replaceAll("/$", "")
                    + " did not answer within 500 ms on GET /Customers page 1, 3 attempts");
            assertThat(sandbox.sleeper.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));

            sandbox.simulator.injectFaults(sandbox.clientId(), Fault.delay(Duration.ofSeconds(30)));
            assertThat(readCustomers(source)).isNotEmpty();
        }
    }

    private static LedgerSource withWrong(PowerOfficeSandbox sandbox, String credential) {
        Map<String, String> credentials = new HashMap<>(sandbox.client.credentials().asMap());
        credentials.put(credential, "not-" + credentials.get(credential));
        return sandbox.connector(PowerOfficeSandbox.SETTINGS)
                .open(sandbox.connection(PowerOfficeSandbox.ORGANISATION_NUMBER, credentials));
    }

    private static void assertFailure(ThrowingCallable call, Category category, String messageStart) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AccountingSystemException.class, e -> {
            assertThat(e.category()).isEqualTo(category);
            assertThat(e.getMessage()).startsWith(messageStart);
        });
    }

    private static List<ErpCustomer> readCustomers(LedgerSource source) {
        List<ErpCustomer> customers = new ArrayList<>();
        source.customers(null, customers::add);
        return customers;
    }

    private static void readDocuments(LedgerSource source) {
        source.documents(ALL, document -> { });
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
