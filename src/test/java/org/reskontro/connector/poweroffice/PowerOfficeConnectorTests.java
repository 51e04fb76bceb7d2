package org.reskontro.connector.poweroffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reskontro.ledger.spi.AccountingSystemException;
import org.reskontro.ledger.spi.DocumentBalance;
import org.reskontro.ledger.spi.DocumentQuery;
import org.reskontro.ledger.spi.ErpCustomer;
import org.reskontro.ledger.spi.ErpDocument;
import org.reskontro.ledger.spi.ErpPayment;
import org.reskontro.ledger.spi.ErpStatus;
import org.reskontro.ledger.spi.LedgerSource;
import org.reskontro.shared.DocumentKind;
import org.reskontro.shared.FollowUpRestriction;
import org.reskontro.simulator.poweroffice.NewCreditNote;
import org.reskontro.simulator.poweroffice.NewCustomer;
import org.reskontro.simulator.poweroffice.NewInvoice;
import org.reskontro.simulator.poweroffice.NewPayment;
import org.reskontro.simulator.poweroffice.OutgoingInvoice;
import org.reskontro.simulator.poweroffice.PowerOfficeCustomer;
import org.reskontro.simulator.poweroffice.ReminderSettings;

class PowerOfficeConnectorTests {

    private static final DocumentQuery ALL = new DocumentQuery(PowerOfficeSandbox.ANCHOR.minusDays(120),
            PowerOfficeSandbox.ANCHOR, null);

    @Test
    void aFullReadListsEveryCustomerAndEverySentDocumentWithItsNokAmounts() {
        try (PowerOfficeSandbox sandbox = PowerOfficeSandbox.small()) {
            LedgerSource source = sandbox.open();
            List<ErpCustomer> customers = new ArrayList<>();
            source.customers(null, customers::add);
            List<ErpDocument> documents = new ArrayList<>();
            source.documents(ALL, documents::add);

            List<PowerOfficeCustomer> expected = sandbox.simulator.customers(sandbox.clientId());
            assertThat(customers).hasSize(expected.size());
            PowerOfficeCustomer first = expected.getFirst();
            ErpCustomer mapped = customers.stream().filter(c -> c.externalId().equals(String.valueOf(first.id())))
                    .findFirst().orElseThrow();
            assertThat(mapped.name()).isEqualTo(first.displayName());
            assertThat(mapped.organisationNumber()).isEqualTo(first.card().organisationNumber());
            assertThat(mapped.city()).isEqualTo(first.card().city());
            assertThat(mapped.country()).isEqualTo("NO");
            assertThat(customers).filteredOn(ErpCustomer::deleted).as("the archived customer").hasSize(1);

            Map<String, OutgoingInvoice> sent = sandbox.simulator.invoices(sandbox.clientId()).stream()
                    .collect(Collectors.toMap(i -> i.id().toString(), i -> i));
            assertThat(documents).hasSize(sent.size());
            for (ErpDocument document : documents) {
                OutgoingInvoice invoice = sent.get(document.externalId());
                assertThat(document.kind()).isEqualTo(invoice.creditNote() ? DocumentKind.CREDIT_NOTE : DocumentKind.INVOICE);
                assertThat(document.number()).isEqualTo(invoice.invoiceNo());
                assertThat(document.customerExternalId()).isEqualTo(String.valueOf(invoice.customerId()));
                assertThat(document.totalInclVat().amount()).isEqualByComparingTo(invoice.totalPosted().abs());
                assertThat(document.totalInclVat().currency().getCurrencyCode()).isEqualTo("NOK");
                assertThat(document.deleted()).isEqualTo(invoice.reversed());
            }
            assertThat(documents).anyMatch(d -> d.status() == ErpStatus.OVERDUE)
                    .anyMatch(d -> d.status() == ErpStatus.SETTLED).anyMatch(d -> d.status() == ErpStatus.OPEN)
                    .anyMatch(d -> d.kind() == DocumentKind.CREDIT_NOTE).anyMatch(ErpDocument::deleted);
        }
    }

    @Test
    void everyBalanceIsWhatTheLedgerHoldsAndItsPaymentsAddUpToWhatWasPaid() {
        try (PowerOfficeSandbox sandbox = PowerOfficeSandbox.small()) {
            LedgerSource source = sandbox.open();
            List<ErpDocument> documents = new ArrayList<>();
            source.documents(ALL, documents::add);
            int listing = source.requestCount();
            int matched = 0;
            for (ErpDocument document : documents.stream().filter(d -> !d.deleted()).toList()) {
                DocumentBalance balance = source.balance(document);
                BigDecimal held = sandbox.simulator.balance(sandbox.clientId(), UUID.fromString(document.externalId()));
                BigDecimal expected = document.kind() == DocumentKind.CREDIT_NOTE ? held.negate() : held;
                assertThat(balance.open().amount()).as("%s %s", document.kind(), document.number())
                        .isEqualByComparingTo(expected);
                BigDecimal paid = balance.payments().stream().map(ErpPayment::amount).map(m -> m.amount())
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(paid).isEqualByComparingTo(balance.paid().amount());
                assertThat(document.totalInclVat().amount().subtract(paid)).isEqualByComparingTo(balance.open().amount());
                matched += balance.payments().isEmpty() ? 0 : 1;
            }
            assertThat(matched).isPositive();
            assertThat(source.requestCount() - listing).as("one request per matched document, none for the others")
                    .isEqualTo(matched);
        }
    }

    @Test
    void anOverpaymentLeavesTheInvoiceSettledAndTheExcessOnThePayment() {
        try (PowerOfficeSandbox sandbox = PowerOfficeSandbox.small()) {
            UUID client = sandbox.clientId();
            long customer = sandbox.simulator.addCustomer(client, NewCustomer.company("Overbetalt AS", "986105174"));
            UUID invoice = sandbox.simulator.sendInvoice(client, NewInvoice.of(customer, PowerOfficeSandbox.ANCHOR,
                    new BigDecimal("800.00")));
            sandbox.simulator.registerPayment(client, invoice, NewPayment.byKid(PowerOfficeSandbox.ANCHOR,
                    new BigDecimal("1100.00")));

            ErpDocument document = find(sandbox.open(), invoice);
            DocumentBalance balance = sandbox.open().balance(document);

            assertThat(document.status()).isEqualTo(ErpStatus.SETTLED);
            assertThat(balance.open().amount()).isZero();
            assertThat(balance.payments()).singleElement().satisfies(payment -> {
                assertThat(payment.amount().amount()).isEqualByComparingTo("1000.00");
                assertThat(payment.description()).startsWith("OCR giro KID ");
            });
        }
    }

    @Test
    void aCreditNoteMatchedAgainstAnInvoiceCountsOnBothSides() {
        try (PowerOfficeSandbox sandbox = PowerOfficeSandbox.small()) {
            UUID client = sandbox.clientId();
            long customer = sandbox.simulator.addCustomer(client, NewCustomer.person("Kari", "Nordmann"));
            UUID invoice = sandbox.simulator.sendInvoice(client, NewInvoice.of(customer, PowerOfficeSandbox.ANCHOR,
                    new BigDecimal("1000.00")));
            UUID note = sandbox.simulator.sendCreditNote(client, NewCreditNote.of(customer, PowerOfficeSandbox.ANCHOR,
                    new BigDecimal("400.00")));
            sandbox.simulator.offset(client, note, invoice);
            LedgerSource source = sandbox.open();

            DocumentBalance onInvoice = source.balance(find(source, invoice));
            DocumentBalance onNote = source.balance(find(source, note));

            assertThat(onInvoice.open().amount()).isEqualByComparingTo("750.00");
            assertThat(onInvoice.payments()).singleElement().satisfies(p -> {
                assertThat(p.amount().amount()).isEqualByComparingTo("500.00");
                assertThat(p.description()).startsWith("Credit note ");
            });
            assertThat(onNote.open().amount()).isZero();
            assertThat(onNote.payments()).singleElement()
                    .satisfies(p -> assertThat(p.amount().amount()).isEqualByComparingTo("500.00"));
        }
    }

    @Test
    void theReminderTabBecomesFollowUpRestrictions() {
        try (PowerOfficeSandbox sandbox = PowerOfficeSandbox.small()) {
            UUID client = sandbox.clientId();
            long none = sandbox.simulator.addCustomer(client, NewCustomer.company("Vanlig AS", "986105174"));
            long everything = sandbox.simulator.addCustomer(client, NewCustomer.company("Fredet AS", "974760673")
                    .with(new ReminderSettings(false, true, true, false, true)));
            long noCollection = sandbox.simulator.addCustomer(client, NewCustomer.person("Per", "Hansen")
                    .with(ReminderSettings.DEFAULTS.withoutDebtCollection()));

            LedgerSource source = sandbox.open();
            assertThat(customer(source, none).followUpRestrictions()).isEmpty();
            assertThat(customer(source, everything).followUpRestrictions())
                    .containsExactlyInAnyOrder(FollowUpRestriction.values());
            assertThat(customer(source, noCollection).followUpRestrictions())
                    .containsExactly(FollowUpRestriction.NO_DEBT_COLLECTION);
        }
    }

    @Test
    void aDeltaListsWhatChangedAfterTheCursorOnly() {
        try (PowerOfficeSandbox sandbox = PowerOfficeSandbox.small()) {
            UUID client = sandbox.clientId();
            sandbox.clock.advance(Duration.ofHours(1));
            Instant cursor = sandbox.clock.instant();
            sandbox.clock.advance(Duration.ofMinutes(1));
            OutgoingInvoice open = sandbox.simulator.invoices(client).stream()
                    .filter(i -> !i.creditNote() && !i.reversed()
                            && sandbox.simulator.balance(client, i.id()).signum() > 0)
                    .findFirst().orElseThrow();
            sandbox.simulator.registerPayment(client, open.id(), NewPayment.byBank(PowerOfficeSandbox.ANCHOR,
                    new BigDecimal("10.00")));
            long customer = sandbox.simulator.addCustomer(client, NewCustomer.company("Ny Kunde AS", "974760673"));
            UUID fresh = sandbox.simulator.sendInvoice(client, NewInvoice.of(customer, PowerOfficeSandbox.ANCHOR,
                    BigDecimal.TEN));
            LedgerSource source = sandbox.open();

            List<ErpDocument> changed = new ArrayList<>();
            source.documents(new DocumentQuery(ALL.fromDate(), ALL.toDate(), cursor), changed::add);
            List<ErpCustomer> customers = new ArrayList<>();
            source.customers(cursor, customers::add);

            assertThat(changed).extracting(ErpDocument::externalId)
                    .containsExactlyInAnyOrder(open.id().toString(), fresh.toString());
            assertThat(customers).extracting(ErpCustomer::externalId).containsExactly(String.valueOf(customer));
        }
    }

    @Test
    void aChangeAtTheCursorItselfIsNotLost() {
        try (PowerOfficeSandbox sandbox = PowerOfficeSandbox.small()) {
            sandbox.clock.advance(Duration.ofHours(1));
            Instant cursor = sandbox.clock.instant();
            long customer = sandbox.simulator.addCustomer(sandbox.clientId(), NewCustomer.company("Akkurat AS", "974760673"));
            List<ErpCustomer> customers = new ArrayList<>();
            sandbox.open().customers(cursor, customers::add);
            assertThat(customers).extracting(ErpCustomer::externalId).containsExactly(String.valueOf(customer));
        }
    }

    @Test
    void anAddressChangeMovesTheCustomersVersionThoughNotItsLastChangedTime() {
        try (PowerOfficeSandbox sandbox = PowerOfficeSandbox.small()) {
            PowerOfficeCustomer first = sandbox.simulator.customers(sandbox.clientId()).getFirst();
            String before = customer(sandbox.open(), first.id()).version();
            sandbox.clock.advance(Duration.ofMinutes(5));
            sandbox.simulator.moveCustomer(sandbox.clientId(), first.id(), "Nygata 9", "7010", "Trondheim");

            ErpCustomer after = customer(sandbox.open(), first.id());
            assertThat(after.version()).isNotEqualTo(before);
            assertThat(after.city()).isEqualTo("Trondheim");
        }
    }

    @Test
    void theInvoicePdfComesOutOfTheDocumentationZip() {
        try (PowerOfficeSandbox sandbox = PowerOfficeSandbox.small()) {
            LedgerSource source = sandbox.open();
            ErpDocument invoice = first(source, DocumentKind.INVOICE);
            OutgoingInvoice sent = sandbox.simulator.invoice(sandbox.clientId(), UUID.fromString(invoice.externalId()))
                    .orElseThrow();

            byte[] pdf = source.pdf(invoice);

            assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains("Faktura nr. " + sent.invoiceNo())
                    .contains("KID: " + sent.cid());
            assertThat(source.pdf(first(source, DocumentKind.CREDIT_NOTE))).startsWith("%PDF-".getBytes());
        }
    }

    @Test
    void aClientKeyOfAnotherCompanyIsRefusedBeforeAnythingIsRead() {
        try (PowerOfficeSandbox sandbox = PowerOfficeSandbox.small()) {
            LedgerSource source = sandbox.connector(PowerOfficeSandbox.SETTINGS)
                    .open(sandbox.connection("974760673", sandbox.client.credentials().asMap()));

            assertThatThrownBy(() -> source.customers(null, c -> { }))
                    .isInstanceOfSatisfying(AccountingSystemException.class, e -> {
                        assertThat(e.category()).isEqualTo(AccountingSystemException.Category.AUTHENTICATION);
                        assertThat(e.getMessage()).isEqualTo("The client key opens Sandkasse AS 11 (organisation"
                                + " number 923609016) in PowerOffice Go, not organisation 974760673: check the client key");
                    });
            assertThat(sandbox.exchanges).noneMatch(e -> e.path().endsWith("/Customers"));
        }
    }

    @Test
    void oneTokenServesTheSessionAndARevokedOneIsRenewedOnce() {
        try (PowerOfficeSandbox sandbox = PowerOfficeSandbox.small()) {
            LedgerSource source = sandbox.open();
            source.customers(null, c -> { });
            source.documents(ALL, d -> { });
            assertThat(sandbox.tokenRequests()).isEqualTo(1);

            sandbox.simulator.revokeTokens();
            source.customers(null, c -> { });
            assertThat(sandbox.tokenRequests()).isEqualTo(2);

            sandbox.clock.advance(Duration.ofMinutes(19));
            source.customers(null, c -> { });
            assertThat(sandbox.tokenRequests()).as("renewed a minute before its 20 minutes are up").isEqualTo(3);
        }
    }

    @Test
    void underTheRealThrottleAFullReadWaitsASecondWhenToldAndCompletes() {
        try (PowerOfficeSandbox sandbox = PowerOfficeSandbox.withDemoData(5, 40, 1500, 10)) {
            LedgerSource source = sandbox.open();
            List<ErpDocument> documents = new ArrayList<>();
            source.customers(null, c -> { });
            source.documents(ALL, documents::add);
            documents.stream().filter(d -> !d.deleted()).forEach(source::balance);

            assertThat(documents).hasSize(sandbox.simulator.invoices(sandbox.clientId()).size());
            assertThat(sandbox.sleeper.waits()).isNotEmpty().containsOnly(Duration.ofSeconds(1));
            assertThat(sandbox.exchanges).filteredOn(e -> e.status() == 429).hasSameSizeAs(sandbox.sleeper.waits());
        }
    }

    private static ErpDocument find(LedgerSource source, UUID id) {
        List<ErpDocument> documents = new ArrayList<>();
        source.documents(ALL, documents::add);
        return documents.stream().filter(d -> d.externalId().equals(id.toString())).findFirst().orElseThrow();
    }

    private static ErpDocument first(LedgerSource source, DocumentKind kind) {
        List<ErpDocument> documents = new ArrayList<>();
        source.documents(ALL, documents::add);
        return documents.stream().filter(d -> d.kind() == kind && !d.deleted()).findFirst().orElseThrow();
    }

    private static ErpCustomer customer(LedgerSource source, long id) {
        Map<String, ErpCustomer> customers = new HashMap<>();
        source.customers(null, c -> customers.put(c.externalId(), c));
        return customers.get(String.valueOf(id));
    }
}
