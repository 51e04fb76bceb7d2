package org.reskontro.connector.poweroffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.reskontro.bookkeeping.spi.BookedDocument;
import org.reskontro.bookkeeping.spi.BookingLine;
import org.reskontro.bookkeeping.spi.BookingMode;
import org.reskontro.bookkeeping.spi.BookkeepingTarget;
import org.reskontro.bookkeeping.spi.ChargeCreditNote;
import org.reskontro.bookkeeping.spi.ChargeInvoice;
import org.reskontro.bookkeeping.spi.ChargeKind;
import org.reskontro.bookkeeping.spi.PaymentRegistration;
import org.reskontro.shared.Money;
import org.reskontro.simulator.poweroffice.Fault;
import org.reskontro.simulator.poweroffice.OutgoingInvoice;
import org.reskontro.simulator.poweroffice.PowerOfficeExchange;

/**
 * Every exchange of the posting side (bookings, proposals, lookups, refusals and the retries after a fault), the
 * connector's requests and the simulator's answers, checked against PowerOffice Go's OpenAPI document.
 */
class PowerOfficeBookkeepingContractTests {

    private static final LocalDate TODAY = PowerOfficeSandbox.ANCHOR;

    @Test
    void everyExchangeOfTheBookingsFollowsTheContract() {
        PowerOfficeOpenApiContract contract = PowerOfficeOpenApiContract.load();
        try (PowerOfficeSandbox sandbox = PowerOfficeSandbox.small()) {
            UUID client = sandbox.clientId();
            sandbox.simulator.addProduct(client, "GEBYR", "Purregebyr", 3900);
            OutgoingInvoice charged = sandbox.simulator.invoices(client).stream()
                    .filter(i -> !i.creditNote() && !i.reversed()).findFirst().orElseThrow();
            String customer = String.valueOf(charged.customerId());
            BookkeepingTarget target = new PowerOfficeBookkeeping(PowerOfficeSandbox.SETTINGS, sandbox.sleeper,
                    sandbox.clock).open(sandbox.connection());

            BookedDocument fee = target.book(fee(customer, charged, BookingMode.DIRECT));
            target.book(fee(customer, charged, BookingMode.PROPOSAL));
            target.book(new ChargeCreditNote(UUID.randomUUID(), BookingMode.DIRECT, customer, fee.externalId(), TODAY,
                    "Kreditering", "nb", List.of(line("20.00"))));
            PaymentRegistration payment = new PaymentRegistration(UUID.randomUUID(), fee.externalId(), TODAY,
                    Money.of("30.00", "NOK"), "1920", "Innbetaling");
            target.book(payment);
            target.book(payment);
            sandbox.simulator.injectFaults(client, Fault.passThrough(), Fault.passThrough(),
                    Fault.committedThenServerError());
            target.book(fee(customer, charged, BookingMode.DIRECT));
            sandbox.simulator.injectFaults(client, Fault.passThrough(), Fault.passThrough(), Fault.passThrough(),
                    Fault.committedThenServerError());
            target.book(fee(customer, charged, BookingMode.DIRECT));
            assertThat(catchThrowable(() -> target.book(fee("999999", charged, BookingMode.DIRECT)))).isNotNull();

            List<String> violations = new ArrayList<>();
            Set<String> operations = new TreeSet<>();
            Set<Integer> statuses = new TreeSet<>();
            for (PowerOfficeExchange exchange : sandbox.exchanges) {
                if (exchange.path().equalsIgnoreCase("/OAuth/Token")) {
                    continue;
                }
                statuses.add(exchange.status());
                violations.addAll(contract.violations(exchange));
                contract.operation(exchange.method(), PowerOfficeOpenApiContract.apiPath(exchange.path()))
                        .ifPresent(o -> operations.add(o.method() + " " + o.template()));
            }

            assertThat(violations).isEmpty();
            assertThat(operations).contains("post /SalesOrders/Complete", "post /SalesOrders/{id}/createAndSendInvoice",
                    "get /SalesOrders", "get /OutgoingInvoices", "get /OutgoingInvoices/{id}", "get /Products",
                    "get /GeneralLedgerAccounts", "get /VatCodes", "post /Vouchers/BankJournals",
                    "get /Customerledger/Statement", "get /Customers/{id}");
            assertThat(statuses).contains(200, 201, 202, 400, 500);
        }
    }

    private static ChargeInvoice fee(String customer, OutgoingInvoice charged, BookingMode mode) {
        return new ChargeInvoice(UUID.randomUUID(), mode, ChargeKind.FEE, customer, charged.id().toString(),
                charged.invoiceNo(), TODAY, TODAY.plusDays(14), "Reskontro gebyr faktnr. " + charged.invoiceNo(), "nb",
                List.of(line("70.00")));
    }

    private static BookingLine line(String amount) {
        return new BookingLine("Purregebyr", Money.of(new BigDecimal(amount), "NOK"), "3900");
    }
}
