package org.reskontro.connector.dinero;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reskontro.bookkeeping.spi.BookingMode;
import org.reskontro.bookkeeping.spi.BookkeepingTarget;
import org.reskontro.bookkeeping.spi.ChargeInvoice;
import org.reskontro.ledger.spi.AccountingSystemException;
import org.reskontro.simulator.dinero.DineroExchange;
import org.reskontro.simulator.dinero.Fault;

/** Every exchange of the booking side, the connector's request bodies included, against Dinero's OpenAPI document. */
class DineroBookkeepingContractTests {

    private static DineroOpenApiContract contract;

    @BeforeAll
    static void loadContract() {
        contract = DineroOpenApiContract.load();
    }

    @Test
    void everyWriteAndLookUpOfTheBookingSideFollowsTheContract() {
        try (DineroSandbox sandbox = DineroSandbox.withDemoData(29, 20, 60, 100)) {
            BookkeepingTarget target = sandbox.target();
            String customer = sandbox.customer();
            int org = sandbox.organisationId();
            ChargeInvoice fee = DineroCharges.fee(customer, BookingMode.DIRECT, "100");
            String invoice = target.book(fee).externalId();
            target.book(fee);
            target.book(DineroCharges.fee(customer, BookingMode.PROPOSAL, "65"));
            target.book(DineroCharges.interest(customer));
            target.find(DineroCharges.creditNote(customer, invoice, "40"));
            target.book(DineroCharges.creditNote(customer, invoice, "40"));
            target.book(DineroCharges.payment(invoice, "20"));
            sandbox.simulator.injectFaults(org, Fault.onPost("/invoices$", Fault.committedThenFailed(500)),
                    Fault.onPost("/book$", Fault.rateLimited(3)),
                    Fault.onPost("/payments$", Fault.committedThenFailed(500)));
            target.book(DineroCharges.fee(customer, BookingMode.DIRECT, "100"));
            target.book(DineroCharges.payment(invoice, "-10"));
            catchThrowableOfType(AccountingSystemException.class,
                    () -> target.book(DineroCharges.fee(UUID.randomUUID().toString(), BookingMode.DIRECT, "100")));

            List<String> violations = new ArrayList<>();
            Set<String> operations = new TreeSet<>();
            Set<Integer> statuses = new TreeSet<>();
            for (DineroExchange exchange : sandbox.exchanges) {
                if (exchange.path().endsWith("/oauth/token")) {
                    continue; // the legacy token endpoint is outside the document (DineroContractTests checks it)
                }
                statuses.add(exchange.status());
                violations.addAll(contract.violations(exchange));
                contract.operation(exchange.method(), exchange.path())
                        .ifPresent(o -> operations.add(o.method() + " " + o.template()));
            }

            assertThat(violations).isEmpty();
            assertThat(sandbox.simulator.pendingFaults(org)).isZero();
            assertThat(operations).containsExactlyInAnyOrder("get /v1/{organizationId}/invoices/{guid}",
                    "post /v1/{organizationId}/invoices", "post /v1/{organizationId}/invoices/{guid}/book",
                    "get /v1/{organizationId}/sales/creditnotes/{guid}", "post /v1/{organizationId}/sales/creditnotes",
                    "post /v1/{organizationId}/sales/creditnotes/{guid}/book",
                    "post /v1/{organizationId}/invoices/{guid}/payments",
                    "get /v2/{organizationId}/invoices/{guid}/payments");
            assertThat(statuses).contains(200, 400, 404, 429, 500);
        }
    }

    @Test
    void theValidatorCatchesABodyWithoutRequiredOrWithUndeclaredProperties() {
        String path = "/v1/42/invoices";
        byte[] noLines = "{\"ContactGuid\":null}".getBytes(StandardCharsets.UTF_8);
        byte[] vatCode = ("{\"ProductLines\":[{\"Description\":\"Gebyr\",\"Quantity\":1,\"Discount\":0,"
                + "\"AccountNumber\":1150,\"BaseAmountValue\":100,\"VatCode\":\"none\"}]}")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(contract.requestBodyViolations("POST", path, noLines)).singleElement().asString()
                .contains("ProductLines");
        assertThat(contract.requestBodyViolations("POST", path, vatCode)).singleElement().asString()
                .contains("VatCode");
        assertThat(contract.requestBodyViolations("POST", path, new byte[0])).containsExactly(
                "the declared request body is missing");
        assertThat(contract.requestBodyViolations("GET", path, noLines)).containsExactly(
                "a request body is sent but none is declared");
    }
}
