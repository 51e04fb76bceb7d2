package org.reskontro.connector.dinero;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reskontro.ledger.spi.AccountingSystemException;
import org.reskontro.ledger.spi.ErpPosting;
import org.reskontro.ledger.spi.LedgerSource;
import org.reskontro.simulator.dinero.DineroDocument;
import org.reskontro.simulator.dinero.DineroDocumentKind;
import org.reskontro.simulator.dinero.DineroExchange;
import org.reskontro.simulator.dinero.DineroPayment;
import org.reskontro.simulator.dinero.Fault;
import org.reskontro.simulator.dinero.NewPayment;

/** The receivables postings added since a time, from Dinero's list of changes (GET …/entries/changes). */
class DineroAddedPostingsTests {

    @Test
    void postingsAddedSinceComeInRangesOfAtMost31DaysAndAreOnlyTheReceivablesOfWhatWasBookedOrPaidSince() {
        try (DineroSandbox sandbox = DineroSandbox.withDemoData(13, 60, 400, 0)) {
            Instant now = sandbox.clock.instant();
            Instant since = now.minus(Duration.ofDays(70)).plusMillis(700);
            LedgerSource source = sandbox.open();
            assertThat(source.listsAddedPostings()).isTrue();
            List<ErpPosting> postings = new ArrayList<>();

            source.receivablePostingsAddedSince(since, postings::add);

            List<Map<String, Instant>> ranges = changeRequests(sandbox).stream().map(DineroAddedPostingsTests::range)
                    .toList();
            assertThat(ranges).hasSize(3);
            assertThat(ranges.getFirst().get("changesFrom")).as("since, rounded down")
                    .isEqualTo(since.truncatedTo(ChronoUnit.SECONDS));
            for (int i = 0; i < ranges.size(); i++) {
                assertThat(Duration.between(ranges.get(i).get("changesFrom"), ranges.get(i).get("changesTo")))
                        .isLessThanOrEqualTo(Duration.ofDays(31));
                if (i > 0) {
                    assertThat(ranges.get(i).get("changesFrom")).isEqualTo(ranges.get(i - 1).get("changesTo"));
                }
            }
            assertThat(ranges.getLast().get("changesTo")).isAfterOrEqualTo(now);
            assertThat(postings).isNotEmpty().allSatisfy(p -> assertThat(p.account()).isEqualTo("58100"));

            Instant from = since.truncatedTo(ChronoUnit.SECONDS);
            Map<String, BigDecimal> byVoucher = postings.stream().collect(Collectors.groupingBy(
                    ErpPosting::documentExternalId, Collectors.reducing(BigDecimal.ZERO, p -> p.amount().amount(),
                            BigDecimal::add)));
            int wholly = 0;
            for (DineroDocument d : sandbox.simulator.documents(sandbox.organisationId())) {
                if (!d.booked() || d.deleted() || !d.currency().equals("DKK")) {
                    continue;
                }
                boolean bookedSince = !d.bookedAt().isBefore(from);
                boolean paidSince = d.payments().stream().anyMatch(p -> !p.registeredAt().isBefore(from));
                boolean paidBefore = d.payments().stream().anyMatch(p -> p.registeredAt().isBefore(from));
                String guid = d.guid().toString();
                if (!bookedSince && !paidSince) {
                    assertThat(byVoucher).as("voucher %s, nothing added since", d.number()).doesNotContainKey(guid);
                } else if (bookedSince && !paidBefore) {
                    wholly++;
                    BigDecimal open = d.kind() == DineroDocumentKind.INVOICE ? d.remainingAmount()
                            : d.remainingAmount().negate();
                    assertThat(byVoucher.get(guid)).as("voucher %s, all of it added since", d.number())
                            .isEqualByComparingTo(open);
                }
            }
            assertThat(wholly).isGreaterThan(50);
        }
    }

    @Test
    void sinceIsInclusiveToTheSecondAndADeletedPaymentComesBackAsItsReversalSummingToZero() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            int org = sandbox.organisationId();
            DineroDocument invoice = sandbox.simulator.documents(org).stream()
                    .filter(d -> d.kind() == DineroDocumentKind.INVOICE && d.booked() && !d.deleted())
                    .filter(d -> d.currency().equals("DKK") && d.remainingAmount().compareTo(BigDecimal.TEN) > 0)
                    .findFirst().orElseThrow();
            sandbox.clock.advance(Duration.ofMillis(700));
            Instant paid = sandbox.clock.instant();
            sandbox.simulator.registerPayment(org, invoice.guid(), new NewPayment(sandbox.simulator.today(),
                    BigDecimal.TEN, "Bank"));
            sandbox.clock.advance(Duration.ofMinutes(3));
            Instant deleted = sandbox.clock.instant();
            DineroPayment payment = sandbox.simulator.document(org, invoice.guid()).orElseThrow().payments().getLast();
            sandbox.simulator.deletePayment(org, invoice.guid(), payment.guid());
            sandbox.clock.advance(Duration.ofMinutes(1));
            LedgerSource source = sandbox.open();

            List<ErpPosting> both = added(source, paid);
            assertThat(both).hasSize(2).allSatisfy(p -> {
                assertThat(p.documentExternalId()).isEqualTo(invoice.guid().toString());
                assertThat(p.account()).isEqualTo("58100");
            });
            assertThat(both.get(0).amount().amount()).isEqualByComparingTo("-10.00");
            assertThat(both.stream().map(p -> p.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo("0");
            assertThat(both.get(0).externalId()).isNotEqualTo(both.get(1).externalId());
            assertThat(added(source, paid.plusMillis(200))).as("within the same second").hasSize(2);
            assertThat(added(source, paid.plusSeconds(1))).singleElement().satisfies(p -> {
                assertThat(p.amount().amount()).isEqualByComparingTo("10.00");
                assertThat(p.externalId()).isEqualTo(both.get(1).externalId());
            });
            assertThat(added(source, deleted.plusSeconds(1))).isEmpty();
        }
    }

    @Test
    void aListOfChangesCutShortIsAMalformedResponse() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            sandbox.simulator.injectFaults(sandbox.organisationId(),
                    new Fault.OnRequest("GET", "/entries/changes$", Fault.malformedJson()));
            LedgerSource source = sandbox.open();

            AccountingSystemException e = catchThrowableOfType(AccountingSystemException.class,
                    () -> source.receivablePostingsAddedSince(sandbox.clock.instant().minus(Duration.ofDays(3)),
                            posting -> { }));

            assertThat(e).isNotNull();
            assertThat(e.category()).isEqualTo(AccountingSystemException.Category.MALFORMED_RESPONSE);
            assertThat(e.getMessage()).contains("/entries/changes");
        }
    }

    private static List<ErpPosting> added(LedgerSource source, Instant since) {
        List<ErpPosting> postings = new ArrayList<>();
        source.receivablePostingsAddedSince(since, postings::add);
        return postings;
    }

    private static List<DineroExchange> changeRequests(DineroSandbox sandbox) {
        return sandbox.exchanges.stream().filter(e -> e.path().endsWith("/entries/changes")).toList();
    }

    private static Map<String, Instant> range(DineroExchange exchange) {
        Map<String, Instant> range = new HashMap<>();
        for (String pair : exchange.rawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts[0].startsWith("changes")) {
                range.put(parts[0], Instant.parse(URLDecoder.decode(parts[1], StandardCharsets.UTF_8)));
            }
        }
        assertThat(exchange.rawQuery()).contains("includePrimo=false");
        return range;
    }
}
