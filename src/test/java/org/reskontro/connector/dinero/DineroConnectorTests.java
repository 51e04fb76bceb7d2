package org.reskontro.connector.dinero;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reskontro.ledger.spi.DocumentBalance;
import org.reskontro.ledger.spi.DocumentQuery;
import org.reskontro.ledger.spi.ErpCustomer;
import org.reskontro.ledger.spi.ErpDocument;
import org.reskontro.ledger.spi.ErpPayment;
import org.reskontro.ledger.spi.ErpPosting;
import org.reskontro.ledger.spi.ErpStatus;
import org.reskontro.ledger.spi.LedgerSource;
import org.reskontro.shared.DocumentKind;
import org.reskontro.shared.Money;
import org.reskontro.simulator.dinero.DineroContact;
import org.reskontro.simulator.dinero.DineroDocument;
import org.reskontro.simulator.dinero.DineroDocumentKind;
import org.reskontro.simulator.dinero.DineroLine;
import org.reskontro.simulator.dinero.DineroStatus;
import org.reskontro.simulator.dinero.NewContact;
import org.reskontro.simulator.dinero.NewInvoice;
import org.reskontro.simulator.dinero.NewPayment;

class DineroConnectorTests {

    private static final LocalDate ANCHOR = DineroSandbox.ANCHOR;
    private static final DocumentQuery ALL = new DocumentQuery(ANCHOR.minusDays(120), ANCHOR, null);

    @Test
    void aFullReadEqualsTheSimulatorsOwnStateThroughTheRateLimit() {
        try (DineroSandbox sandbox = DineroSandbox.withDemoData(7, 120, 700, 100)) {
            LedgerSource source = sandbox.connector(new DineroSettings(null, null, 100, 0, 0))
                    .open(sandbox.connection());
            List<ErpCustomer> customers = new ArrayList<>();
            source.customers(null, customer -> {
                if (!customer.deleted()) {
                    customers.add(customer);
                }
            });
            List<ErpDocument> read = read(source, ALL);
            List<ErpDocument> documents = read.stream().filter(d -> !d.deleted()).toList();
            assertThat(read.stream().filter(ErpDocument::deleted).map(ErpDocument::externalId))
                    .as("a full read lists deleted documents too, flagged").containsExactlyInAnyOrderElementsOf(
                            sandbox.simulator.documents(sandbox.organisationId()).stream()
                                    .filter(d -> d.booked() && d.deleted()).map(d -> d.guid().toString()).toList());
            Map<String, DocumentBalance> balances = documents.stream()
                    .collect(Collectors.toMap(ErpDocument::externalId, source::balance));

            List<DineroContact> debtors = sandbox.simulator.contacts(sandbox.organisationId()).stream()
                    .filter(c -> c.debitor() && !c.deleted()).toList();
            assertThat(customers).extracting(ErpCustomer::externalId)
                    .containsExactlyInAnyOrderElementsOf(debtors.stream().map(c -> c.guid().toString()).toList());
            debtors.forEach(contact -> assertSameCustomer(contact, customers));

            List<DineroDocument> booked = liveBooked(sandbox, ALL);
            assertThat(booked).hasSizeGreaterThan(700);
            assertThat(documents).extracting(ErpDocument::externalId)
                    .containsExactlyInAnyOrderElementsOf(booked.stream().map(d -> d.guid().toString()).toList());
            Map<String, ErpDocument> byId = documents.stream()
                    .collect(Collectors.toMap(ErpDocument::externalId, Function.identity()));
            for (DineroDocument expected : booked) {
                ErpDocument actual = byId.get(expected.guid().toString());
                assertSameDocument(expected, actual, sandbox.simulator.today());
                assertSameBalance(expected, balances.get(actual.externalId()));
            }
            assertThat(balances.values()).anyMatch(b -> b.open().isPositive() && b.paid().isPositive());
            assertThat(documents).extracting(ErpDocument::status).contains(ErpStatus.OPEN, ErpStatus.OVERDUE,
                    ErpStatus.SETTLED, ErpStatus.OVERPAID);

            assertThat(sandbox.sleeper.waits()).as("the 100-a-minute limit was hit and waited out").isNotEmpty()
                    .allSatisfy(wait -> assertThat(wait).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(60)));
            assertThat(source.requestCount()).isEqualTo(sandbox.exchanges.size());
            assertThat(sandbox.tokenRequests()).isEqualTo(1);
        }
    }

    @Test
    void changesSinceReturnsOnlyWhatChangedAfterARegisteredPayment() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            LedgerSource source = sandbox.open();
            List<ErpDocument> before = read(source, ALL);
            ErpDocument open = before.stream().filter(d -> d.status() == ErpStatus.OVERDUE).findFirst().orElseThrow();
            ErpDocument toDelete = before.stream().filter(d -> d.status() == ErpStatus.SETTLED).findFirst()
                    .orElseThrow();
            Instant cursor = sandbox.clock.instant();
            sandbox.clock.advance(Duration.ofMinutes(5));
            sandbox.simulator.registerPayment(sandbox.organisationId(), UUID.fromString(open.externalId()),
                    new NewPayment(ANCHOR, source.balance(open).open().amount(), "Indbetaling"));
            sandbox.simulator.deleteDocument(sandbox.organisationId(), UUID.fromString(toDelete.externalId()));

            List<ErpDocument> changed = read(source, new DocumentQuery(ALL.fromDate(), ALL.toDate(), cursor));

            assertThat(changed).extracting(ErpDocument::externalId)
                    .containsExactlyInAnyOrder(open.externalId(), toDelete.externalId());
            ErpDocument paid = changed.stream().filter(d -> d.externalId().equals(open.externalId())).findFirst()
                    .orElseThrow();
            assertThat(paid.status()).isEqualTo(ErpStatus.SETTLED);
            assertThat(paid.version()).isNotEqualTo(open.version());
            assertThat(paid.deleted()).isFalse();
            assertThat(source.balance(paid).open().isZero()).isTrue();
            assertThat(changed).filteredOn(d -> d.externalId().equals(toDelete.externalId()))
                    .singleElement().satisfies(d -> assertThat(d.deleted()).isTrue());
            sandbox.clock.advance(Duration.ofSeconds(1));
            assertThat(read(source, new DocumentQuery(ALL.fromDate(), ALL.toDate(), sandbox.clock.instant())))
                    .as("changesSince is inclusive, so one second later nothing is new").isEmpty();
        }
    }

    @Test
    void theStartDateFilterKeepsOnlyDocumentsDatedInTheRange() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            DocumentQuery lastMonth = new DocumentQuery(ANCHOR.minusDays(30), ANCHOR.minusDays(1), null);

            List<ErpDocument> documents = read(sandbox.open(), lastMonth).stream().filter(d -> !d.deleted()).toList();

            assertThat(documents).isNotEmpty().allSatisfy(d -> assertThat(d.issueDate())
                    .isBetween(lastMonth.fromDate(), lastMonth.toDate()));
            assertThat(documents).extracting(ErpDocument::externalId).containsExactlyInAnyOrderElementsOf(
                    liveBooked(sandbox, lastMonth).stream().map(d -> d.guid().toString()).toList());
            assertThat(documents.size()).isLessThan(liveBooked(sandbox, ALL).size());
        }
    }

    @Test
    void draftsAreNeverRead() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            List<String> drafts = sandbox.simulator.documents(sandbox.organisationId()).stream()
                    .filter(d -> d.status(sandbox.simulator.today()) == DineroStatus.DRAFT)
                    .map(d -> d.guid().toString()).toList();
            assertThat(drafts).hasSizeGreaterThanOrEqualTo(3);

            List<ErpDocument> ranged = read(sandbox.open(), ALL);
            List<ErpDocument> unranged = read(sandbox.open(), new DocumentQuery(null, null, null));

            assertThat(ranged).extracting(ErpDocument::externalId).doesNotContainAnyElementsOf(drafts);
            assertThat(unranged).extracting(ErpDocument::externalId).doesNotContainAnyElementsOf(drafts);
            assertThat(unranged).hasSameSizeAs(ranged);
        }
    }

    @Test
    void changedCustomersIncludeDeletedOnesAndNeverSuppliers() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            int org = sandbox.organisationId();
            Instant cursor = sandbox.clock.instant();
            sandbox.clock.advance(Duration.ofMinutes(1));
            UUID added = sandbox.simulator.addContact(org, NewContact.company("Ny Kunde ApS", "12345674"));
            UUID supplier = sandbox.simulator.addContact(org, new NewContact("Leverandør A/S", false, "29403473",
                    null, null, null, "DK", null, null, 30, false, true));
            DineroContact leaving = sandbox.simulator.contacts(org).stream().filter(c -> c.debitor() && !c.deleted())
                    .findFirst().orElseThrow();
            sandbox.simulator.deleteContact(org, leaving.guid());

            List<ErpCustomer> changed = new ArrayList<>();
            sandbox.open().customers(cursor, changed::add);

            assertThat(changed).extracting(ErpCustomer::externalId)
                    .containsExactlyInAnyOrder(added.toString(), leaving.guid().toString())
                    .doesNotContain(supplier.toString());
            assertThat(changed).filteredOn(ErpCustomer::deleted).extracting(ErpCustomer::externalId)
                    .containsExactly(leaving.guid().toString());
            assertThat(changed).filteredOn(c -> c.externalId().equals(added.toString())).singleElement()
                    .satisfies(c -> assertThat(c.organisationNumber()).isEqualTo("12345674"));
        }
    }

    @Test
    void amountsStayExactBeyondWhatADoubleHolds() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            int org = sandbox.organisationId();
            UUID contact = sandbox.simulator.contacts(org).getFirst().guid();
            BigDecimal price = new BigDecimal("72057594037927937.13");
            UUID invoice = sandbox.simulator.addInvoice(org, new NewInvoice(contact, ANCHOR.minusDays(2), 14, "DKK",
                    "Stor faktura", List.of(new DineroLine("Ejendom", BigDecimal.ONE, price, DineroLine.DANISH_VAT))));
            sandbox.simulator.book(org, invoice);
            sandbox.simulator.registerPayment(org, invoice, new NewPayment(ANCHOR.minusDays(1),
                    new BigDecimal("0.10"), "Første rate"));
            LedgerSource source = sandbox.open();

            ErpDocument big = read(source, ALL).stream().filter(d -> d.externalId().equals(invoice.toString()))
                    .findFirst().orElseThrow();

            assertThat(big.totalExclVat().amount()).isEqualByComparingTo(price);
            assertThat(big.totalInclVat().amount()).isEqualByComparingTo("90071992547409921.41");
            assertThat(source.balance(big).open().amount()).isEqualByComparingTo("90071992547409921.31");
        }
    }

    @Test
    void theTokenIsReusedAndRenewedOnceAfterA401() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            LedgerSource source = sandbox.open();
            read(source, ALL);
            source.customers(null, customer -> { });
            assertThat(sandbox.tokenRequests()).isEqualTo(1);

            sandbox.simulator.revokeTokens();
            source.customers(null, customer -> { });
            assertThat(sandbox.tokenRequests()).isEqualTo(2);
            assertThat(sandbox.exchanges).filteredOn(e -> e.status() == 401).hasSize(1);

            sandbox.clock.advance(Duration.ofMinutes(59).plusSeconds(30));
            source.customers(null, customer -> { });
            assertThat(sandbox.tokenRequests()).as("renewed before it expires, without a 401").isEqualTo(3);
            assertThat(sandbox.exchanges).filteredOn(e -> e.status() == 401).hasSize(1);
        }
    }

    static List<ErpDocument> read(LedgerSource source, DocumentQuery query) {
        List<ErpDocument> documents = new ArrayList<>();
        source.documents(query, documents::add);
        return documents;
    }

    @Test
    void theReceivablesPostingsOfEveryVoucherAddUpToWhatIsOpenOnItInAFewRequests() {
        try (DineroSandbox sandbox = DineroSandbox.withDemoData(13, 60, 400, 0)) {
            LedgerSource source = sandbox.open();
            assertThat(source.listsReceivablePostings()).isTrue();
            List<ErpPosting> postings = new ArrayList<>();
            source.receivablePostings(ALL.fromDate(), postings::add);

            assertThat(source.requestCount()).as("token, accounts, years, one answer per month").isLessThan(12);
            assertThat(postings).allSatisfy(p -> {
                assertThat(p.account()).isEqualTo("58100");
                assertThat(p.amount().currency().getCurrencyCode()).isEqualTo("DKK");
                assertThat(p.externalId()).isNotBlank();
                assertThat(p.date()).isAfterOrEqualTo(ALL.fromDate());
            });
            Map<String, BigDecimal> byVoucher = postings.stream().collect(Collectors.groupingBy(
                    ErpPosting::documentExternalId, Collectors.reducing(BigDecimal.ZERO, p -> p.amount().amount(),
                            BigDecimal::add)));
            List<DineroDocument> booked = liveBooked(sandbox, ALL).stream().filter(d -> d.currency().equals("DKK"))
                    .toList();
            assertThat(booked).hasSizeGreaterThan(300);
            for (DineroDocument d : booked) {
                BigDecimal open = d.kind() == DineroDocumentKind.INVOICE ? d.remainingAmount()
                        : d.remainingAmount().negate();
                assertThat(byVoucher.get(d.guid().toString())).as("voucher %s", d.number())
                        .isEqualByComparingTo(open);
            }
        }
    }

    static List<DineroDocument> liveBooked(DineroSandbox sandbox, DocumentQuery query) {
        return sandbox.simulator.documents(sandbox.organisationId()).stream()
                .filter(d -> d.booked() && !d.deleted())
                .filter(d -> !d.date().isBefore(query.fromDate()) && !d.date().isAfter(query.toDate()))
                .toList();
    }

    private static void assertSameCustomer(DineroContact expected, List<ErpCustomer> customers) {
        ErpCustomer actual = customers.stream().filter(c -> c.externalId().equals(expected.guid().toString()))
                .findFirst().orElseThrow();
        assertThat(actual.name()).isEqualTo(expected.name());
        assertThat(actual.organisationNumber()).isEqualTo(expected.person() ? null : expected.vatNumber());
        assertThat(actual.person()).isEqualTo(expected.person());
        assertThat(actual.email()).isEqualTo(expected.email());
        assertThat(actual.city()).isEqualTo(expected.city());
        assertThat(actual.country()).isEqualTo(expected.countryKey());
        assertThat(actual.deleted()).isFalse();
    }

    private static void assertSameDocument(DineroDocument expected, ErpDocument actual, LocalDate today) {
        assertThat(actual.kind()).isEqualTo(expected.kind() == DineroDocumentKind.INVOICE ? DocumentKind.INVOICE
                : DocumentKind.CREDIT_NOTE);
        assertThat(actual.number()).isEqualTo(expected.number());
        assertThat(actual.customerExternalId()).isEqualTo(expected.contactGuid().toString());
        assertThat(actual.issueDate()).isEqualTo(expected.date());
        assertThat(actual.dueDate()).isEqualTo(expected.paymentDate());
        assertThat(actual.totalInclVat().sameAs(Money.of(expected.totalInclVat(),
                expected.currency()))).isTrue();
        assertThat(actual.totalExclVat().amount()).isEqualByComparingTo(expected.totalExclVat());
        assertThat(actual.status()).isEqualTo(switch (expected.status(today)) {
            case BOOKED -> ErpStatus.OPEN;
            case OVERDUE -> ErpStatus.OVERDUE;
            case PAID -> ErpStatus.SETTLED;
            case OVERPAID -> ErpStatus.OVERPAID;
            case DRAFT -> throw new AssertionError("draft read: " + expected);
        });
        assertThat(actual.version()).isEqualTo(expected.updatedAt().toString());
        assertThat(actual.deleted()).isFalse();
    }

    private static void assertSameBalance(DineroDocument expected, DocumentBalance actual) {
        BigDecimal open = expected.kind() == DineroDocumentKind.INVOICE ? expected.remainingAmount()
                : expected.remainingAmount().max(BigDecimal.ZERO);
        assertThat(actual.open().amount()).as("open on %s", expected.guid()).isEqualByComparingTo(open);
        assertThat(actual.open().currency().getCurrencyCode()).isEqualTo(expected.currency());
        assertThat(actual.paid().amount()).isEqualByComparingTo(expected.paidAmount());
        assertThat(actual.payments()).extracting(ErpPayment::externalId).containsExactlyElementsOf(
                expected.payments().stream().map(p -> p.guid().toString()).toList());
        for (int i = 0; i < expected.payments().size(); i++) {
            assertThat(actual.payments().get(i).amount().amount())
                    .isEqualByComparingTo(expected.payments().get(i).amount());
            assertThat(actual.payments().get(i).date()).isEqualTo(expected.payments().get(i).date());
        }
    }
}
