package org.reskontro.connector.dinero;

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
import org.reskontro.ledger.spi.LedgerSource;
import org.reskontro.simulator.dinero.DineroOrganisation;
import org.reskontro.simulator.dinero.Fault;

class DineroConnectorFaultTests {

    private static final DocumentQuery ALL = new DocumentQuery(DineroSandbox.ANCHOR.minusDays(120),
            DineroSandbox.ANCHOR, null);
    private static final String REJECTED =
            "Dinero rejected the credentials: check client id, client secret and API key";

    @Test
    void aWrongApiKeyOrClientSecretIsAnAuthenticationFailure() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            for (String wrong : List.of("apiKey", "clientSecret", "clientId")) {
                Map<String, String> credentials = new HashMap<>(sandbox.organisation.credentials().asMap());
                credentials.put(wrong, "not-" + credentials.get(wrong));
                LedgerSource source = sandbox.connector(DineroSandbox.SETTINGS)
                        .open(sandbox.connection(String.valueOf(sandbox.organisationId()), credentials));

                assertFailure(() -> readCustomers(source), Category.AUTHENTICATION, REJECTED);
                assertThat(source.requestCount()).as(wrong).isEqualTo(1);
            }
        }
    }

    @Test
    void aMissingCredentialIsNamed() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            Map<String, String> credentials = new HashMap<>(sandbox.organisation.credentials().asMap());
            credentials.remove("apiKey");
            LedgerSource source = sandbox.connector(DineroSandbox.SETTINGS)
                    .open(sandbox.connection(String.valueOf(sandbox.organisationId()), credentials));

            assertFailure(() -> readCustomers(source), Category.AUTHENTICATION,
                    "The Dinero connection has no 'apiKey'");
        }
    }

    @Test
    void anUnknownOrganisationIsNotFoundAndAForeignOneIsRefused() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            Map<String, String> credentials = sandbox.organisation.credentials().asMap();
            LedgerSource unknown = sandbox.connector(DineroSandbox.SETTINGS)
                    .open(sandbox.connection("99", credentials));
            assertFailure(() -> readCustomers(unknown), Category.NOT_FOUND,
                    "Dinero has no organisation 99 for these credentials");

            DineroOrganisation other = sandbox.simulator.createOrganisation("Andet Firma ApS");
            LedgerSource foreign = sandbox.connector(DineroSandbox.SETTINGS)
                    .open(sandbox.connection(String.valueOf(other.id()), credentials));
            assertFailure(() -> readCustomers(foreign), Category.AUTHENTICATION,
                    "Dinero refused access to organisation " + other.id() + " (HTTP 403)");
        }
    }

    @Test
    void anUnreachableHostIsRetriedThenReported() throws IOException {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            URI nobody = URI.create("http://127.0.0.1:" + freePort());
            LedgerSource source = sandbox.connector(DineroSandbox.SETTINGS)
                    .open(sandbox.connectionTo(nobody, nobody.resolve("/dineroapi/oauth/token")));

            assertFailure(() -> readCustomers(source), Category.UNREACHABLE,
                    "Dinero at " + nobody + " could not be reached (ConnectException) on POST to the token endpoint,"
                            + " 3 attempts");
            assertThat(source.requestCount()).isEqualTo(3);
            assertThat(sandbox.sleeper.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        }
    }

    @Test
    void aRateLimitStormThatPassesIsWaitedOutAsRetryAfterSays() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            sandbox.simulator.injectFaults(sandbox.organisationId(), 3, Fault.rateLimited(7));
            LedgerSource source = sandbox.open();

            assertThat(readCustomers(source)).isNotEmpty();
            assertThat(sandbox.sleeper.waits()).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(7),
                    Duration.ofSeconds(7));
            assertThat(source.requestCount()).as("token, three refusals, the list, its deleted pass")
                    .isEqualTo(1 + 3 + 1 + 1);
        }
    }

    @Test
    void withoutRetryAfterTheConnectorBacksOffExponentially() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            sandbox.simulator.injectFaults(sandbox.organisationId(), 4, Fault.rateLimitedWithoutRetryAfter());

            assertThat(readCustomers(sandbox.open())).isNotEmpty();
            assertThat(sandbox.sleeper.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2),
                    Duration.ofSeconds(4), Duration.ofSeconds(8));
        }
    }

    @Test
    void aRateLimitStormThatNeverEndsGivesUpAfterTheAllowedAttempts() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            sandbox.simulator.injectFaults(sandbox.organisationId(), 50, Fault.rateLimited(5));
            LedgerSource source = sandbox.open();

            assertFailure(() -> readCustomers(source), Category.RATE_LIMITED, "Dinero kept answering 429 (API calls"
                    + " quota exceeded, 100 requests a minute per organisation) to GET /v1/" + sandbox.organisationId()
                    + "/contacts page 0 after 8 attempts; try again later");
            assertThat(sandbox.sleeper.waits()).hasSize(7).containsOnly(Duration.ofSeconds(5));
            assertThat(source.requestCount()).isEqualTo(1 + 8);
        }
    }

    @Test
    void serverErrorsAreRetriedAndThenSucceed() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            sandbox.simulator.injectFaults(sandbox.organisationId(), Fault.serverError(), Fault.unavailable());

            assertThat(readCustomers(sandbox.open())).isNotEmpty();
            assertThat(sandbox.sleeper.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        }
    }

    @Test
    void lastingServerErrorsAreReported() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            sandbox.simulator.injectFaults(sandbox.organisationId(), 3, Fault.unavailable());

            assertFailure(() -> readCustomers(sandbox.open()), Category.SERVER_ERROR,
                    "Dinero answered HTTP 503 to GET /v1/"
                    + sandbox.organisationId() + "/contacts page 0 3 times in a row; Dinero may be down, try later");
        }
    }

    @Test
    void aMalformedPageNamesTheEndpointAndPage() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            sandbox.simulator.injectFaults(sandbox.organisationId(), Fault.malformedJson());

            assertFailure(() -> readDocuments(sandbox.open()), Category.MALFORMED_RESPONSE,
                    "Dinero sent malformed JSON for GET /v1/" + sandbox.organisationId() + "/invoices page 0: ");
        }
    }

    @Test
    void aTruncatedPageIsCaughtInsteadOfEndingTheReadEarly() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            sandbox.simulator.injectFaults(sandbox.organisationId(), Fault.truncatedPage());

            assertFailure(() -> readDocuments(sandbox.open()), Category.MALFORMED_RESPONSE,
                    "Dinero's answer to GET /v1/"
                    + sandbox.organisationId() + "/invoices page 0 does not follow the contract: the page holds 50"
                    + " items but Pagination.Result says 100 (truncated page?)");
        }
    }

    @Test
    void aMissingRequiredPropertyIsMalformed() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            int org = sandbox.organisationId();
            sandbox.simulator.injectFaults(org, Fault.missingProperty("Guid"));
            assertFailure(() -> readDocuments(sandbox.open()), Category.MALFORMED_RESPONSE,
                    "Dinero's answer to GET /v1/"
                    + org + "/invoices page 0 does not follow the contract: required property Guid is missing");

            sandbox.simulator.injectFaults(org, Fault.missingProperty("Pagination"));
            assertFailure(() -> readCustomers(sandbox.open()), Category.MALFORMED_RESPONSE,
                    "Dinero's answer to GET /v1/"
                    + org + "/contacts page 0 does not follow the contract: required property Pagination is missing");
        }
    }

    @Test
    void aDelayBeyondTheTimeoutIsRetriedThenUnreachable() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            DineroSettings impatient = new DineroSettings(Duration.ofSeconds(2), Duration.ofMillis(500), 100, 8, 3);
            sandbox.simulator.injectFaults(sandbox.organisationId(), 3, Fault.delay(Duration.ofSeconds(30)));
            LedgerSource source = sandbox.connector(impatient).open(sandbox.connection());

            assertFailure(() -> readCustomers(source), Category.UNREACHABLE, "Dinero at " + sandbox.simulator.baseUrl()
                    + " did not answer within 500 ms on GET /v1/" + sandbox.organisationId() + "/contacts page 0,"
                    + " 3 attempts");
            assertThat(sandbox.sleeper.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));

            sandbox.simulator.injectFaults(sandbox.organisationId(), Fault.delay(Duration.ofSeconds(30)));
            assertThat(readCustomers(sandbox.connector(impatient).open(sandbox.connection()))).isNotEmpty();
        }
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
