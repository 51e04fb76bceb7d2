package org.reskontro.bookkeeping.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reskontro.bookkeeping.DrainResult;
import org.reskontro.bookkeeping.OutboxEntry;
import org.reskontro.bookkeeping.OutboxKind;
import org.reskontro.bookkeeping.OutboxStatus;
import org.reskontro.bookkeeping.persistence.OutboxRows;
import org.reskontro.bookkeeping.spi.BookedDocument;
import org.reskontro.bookkeeping.spi.BookingLine;
import org.reskontro.bookkeeping.spi.BookingMode;
import org.reskontro.bookkeeping.spi.BookkeepingConnector;
import org.reskontro.bookkeeping.spi.BookkeepingTarget;
import org.reskontro.bookkeeping.spi.Booking;
import org.reskontro.bookkeeping.spi.ChargeCreditNote;
import org.reskontro.bookkeeping.spi.ChargeInvoice;
import org.reskontro.bookkeeping.spi.ChargeKind;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.ledger.ChargeDocuments;
import org.reskontro.ledger.spi.AccountingSystemException;
import org.reskontro.ledger.spi.AccountingSystemException.Category;
import org.reskontro.ledger.spi.ConnectionDetails;
import org.reskontro.shared.AccountingSystemKind;
import org.reskontro.shared.Money;
import org.reskontro.simulator.dinero.DineroSimulator;
import org.reskontro.testing.IntegrationTest;
import org.reskontro.testing.MutableClock;
import org.reskontro.testing.SimulatedDinero;
import org.reskontro.testing.TestCreditors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox's own rules, on the real database, against a scripted accounting system (the connectors' side of
 * exactly-once is proven against the simulators in their own tests and in the end-to-end posting tests): order,
 * waiting out a Retry-After, a refusal that blocks only what depends on it, a forced re-send, and a crash between the
 * accounting system's answer and the commit.
 */
@IntegrationTest
class OutboxSenderIntegrationTests {

    @Autowired OutboxRows rows;
    @Autowired Creditors creditors;
    @Autowired DineroSimulator simulator;
    @Autowired ChargeDocuments chargeDocuments;
    @Autowired TransactionTemplate transactions;
    @Autowired MutableClock clock;

    ScriptedSystem system;
    Creditor creditor;

    @BeforeEach
    void setUp() {
        system = new ScriptedSystem();
        Creditor registered = TestCreditors.danish(creditors, "Outbox " + UUID.randomUUID(), LocalDate.of(2025, 1, 1));
        var organisation = simulator.createOrganisation("Outbox");
        creditor = SimulatedDinero.connect(creditors, simulator, registered, organisation,
                organisation.credentials().asMap());
    }

    @Test
    void sendsInOrderAndLinksEachChargeDocumentToItsInvoice() {
        List<UUID> keys = List.of(queueFee("1001"), queueFee("1002"), queueFee("1003"));

        DrainResult result = sender(CrashPoints.NONE).drain(creditor.id());

        assertThat(result.sent()).isEqualTo(3);
        assertThat(system.created).containsExactlyElementsOf(keys);
        assertThat(rows.entries(creditor.id(), OutboxStatus.SENT, 10)).extracting(OutboxEntry::externalNumber)
                .containsExactly(1L, 2L, 3L);
        assertThat(sender(CrashPoints.NONE).drain(creditor.id()).sent()).as("nothing is sent twice").isZero();
    }

    @Test
    void aRateLimitStopsTheDrainUntilRetryAfterThenTheRestFollowsInOrder() {
        UUID first = queueFee("2001");
        UUID second = queueFee("2002");
        system.failures.add(new AccountingSystemException(Category.RATE_LIMITED, "429 from the system",
                Duration.ofSeconds(90)));

        DrainResult waiting = sender(CrashPoints.NONE).drain(creditor.id());

        assertThat(waiting.sent()).isZero();
        assertThat(waiting.waiting()).isEqualTo(1);
        OutboxEntry held = rows.entry(creditor.id(), first).orElseThrow();
        assertThat(held.status()).isEqualTo(OutboxStatus.WAITING);
        assertThat(held.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(90));
        assertThat(sender(CrashPoints.NONE).drain(creditor.id()).sent()).as("not before Retry-After").isZero();
        assertThat(system.attempts.get()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(90));
        assertThat(sender(CrashPoints.NONE).drain(creditor.id()).sent()).isEqualTo(2);
        assertThat(system.created).containsExactly(first, second);
        assertThat(rows.events(creditor.id(), first)).extracting(e -> e.event())
                .containsExactly("QUEUED", "WAITING", "SENT");
    }

    @Test
    void aRefusalFailsOneRowAndHoldsOnlyWhatDependsOnIt() {
        UUID refused = queueFee("3001");
        UUID reversal = queueReversalOf(refused);
        UUID other = queueFee("3002");
        system.failures.add(new AccountingSystemException(Category.REJECTED, "Unknown contact"));

        DrainResult result = sender(CrashPoints.NONE).drain(creditor.id());

        assertThat(result.failed()).isEqualTo(1);
        assertThat(result.sent()).isEqualTo(1);
        assertThat(rows.entry(creditor.id(), refused).orElseThrow().lastError()).isEqualTo("Unknown contact");
        assertThat(rows.entry(creditor.id(), reversal).orElseThrow().status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(system.created).containsExactly(other);

        rows.requeue(creditor.id(), refused, clock.instant()); // the operator fixed the contact and re-sends
        assertThat(sender(CrashPoints.NONE).drain(creditor.id()).sent()).isEqualTo(2);
        assertThat(system.created).containsExactly(other, refused, reversal);
        ChargeCreditNote sentNote = (ChargeCreditNote) system.bookings.get(reversal);
        assertThat(sentNote.creditedDocumentExternalId()).as("the placeholder became the document's id")
                .isEqualTo(system.documents.get(refused).externalId());
    }

    @Test
    void aCrashAfterTheSystemAcceptedLeavesTheRowPendingAndTheRetryMakesNoSecondDocument() {
        UUID key = queueFee("4001");
        CrashPoints crashOnce = new CrashPoints() {
            boolean crashed;

            @Override
            public void reached(Point point) {
                if (point == Point.AFTER_SEND && !crashed) {
                    crashed = true;
                    throw new SimulatedCrash();
                }
            }
        };
        OutboxSender crashing = sender(crashOnce);

        assertThatThrownBy(() -> crashing.drain(creditor.id())).isInstanceOf(SimulatedCrash.class);
        assertThat(rows.entry(creditor.id(), key).orElseThrow().status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(system.documents).hasSize(1);

        assertThat(sender(CrashPoints.NONE).drain(creditor.id()).sent()).isEqualTo(1);
        assertThat(system.documents).hasSize(1);
        assertThat(system.created).containsExactly(key);
        assertThat(rows.entry(creditor.id(), key).orElseThrow().externalId())
                .isEqualTo(system.documents.get(key).externalId());
    }

    @Test
    void aForcedResendOfASentRowFindsTheDocumentInsteadOfMakingAnother() {
        UUID key = queueFee("5001");
        sender(CrashPoints.NONE).drain(creditor.id());

        rows.requeue(creditor.id(), key, clock.instant());
        assertThat(sender(CrashPoints.NONE).drain(creditor.id()).sent()).isEqualTo(1);

        assertThat(system.created).containsExactly(key);
        assertThat(system.attempts.get()).isEqualTo(2);
    }

    private OutboxSender sender(CrashPoints crashPoints) {
        return new OutboxSender(rows, new BookkeepingTargets(creditors, List.of(system)), chargeDocuments, crashPoints,
                transactions, clock);
    }

    private UUID queueFee(String invoiceExternalId) {
        UUID key = UUID.randomUUID();
        ChargeInvoice invoice = new ChargeInvoice(key, BookingMode.DIRECT, ChargeKind.FEE, "debtor-1", invoiceExternalId,
                1L, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 30), "Reskontro gebyr – ID: 1", "da",
                List.of(new BookingLine("Rykkergebyr", Money.of("100.00", "DKK"), "1100")));
        rows.enqueue(creditor.id(), key, OutboxKind.FEE_INVOICE, BookingPayloads.write(invoice), "fee", null,
                clock.instant());
        return key;
    }

    private UUID queueReversalOf(UUID original) {
        UUID key = UUID.randomUUID();
        ChargeCreditNote note = new ChargeCreditNote(key, BookingMode.DIRECT, "debtor-1",
                OutboxSender.BOOKING_REFERENCE + original, LocalDate.of(2026, 11, 20), "Tilbageførsel", "da",
                List.of(new BookingLine("Tilbageførsel", Money.of("100.00", "DKK"), "1100")));
        rows.enqueue(creditor.id(), key, OutboxKind.CREDIT_NOTE, BookingPayloads.write(note), "reversal", original,
                clock.instant());
        return key;
    }

    static final class SimulatedCrash extends Error {
    }

    /**
     * An accounting system that keeps documents by key (as a connector's lookup-before-create makes any real one
     * behave), fails on request, and records what it created in which order.
     */
    static final class ScriptedSystem implements BookkeepingConnector, BookkeepingTarget {
        final Map<UUID, BookedDocument> documents = new LinkedHashMap<>();
        final Map<UUID, Booking> bookings = new LinkedHashMap<>();
        final List<UUID> created = new ArrayList<>();
        final Deque<AccountingSystemException> failures = new ArrayDeque<>();
        final AtomicInteger attempts = new AtomicInteger();

        @Override
        public AccountingSystemKind kind() {
            return AccountingSystemKind.DINERO;
        }

        @Override
        public BookkeepingTarget open(ConnectionDetails connection) {
            return this;
        }

        @Override
        public BookedDocument book(Booking booking) {
            attempts.incrementAndGet();
            if (!failures.isEmpty()) {
                throw failures.removeFirst();
            }
            return documents.computeIfAbsent(booking.key(), key -> {
                created.add(key);
                bookings.put(key, booking);
                return new BookedDocument("doc-" + key, (long) created.size(), BookedDocument.State.BOOKED);
            });
        }

        @Override
        public Optional<BookedDocument> find(Booking booking) {
            return Optional.ofNullable(documents.get(booking.key()));
        }

        @Override
        public boolean acceptsProposals() {
            return true;
        }

        @Override
        public int requestCount() {
            return attempts.get();
        }
    }
}
