package org.reskontro.connector.poweroffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reskontro.bookkeeping.spi.BookedDocument;
import org.reskontro.bookkeeping.spi.BookingLine;
import org.reskontro.bookkeeping.spi.BookingMode;
import org.reskontro.bookkeeping.spi.BookkeepingTarget;
import org.reskontro.bookkeeping.spi.ChargeCreditNote;
import org.reskontro.bookkeeping.spi.ChargeInvoice;
import org.reskontro.bookkeeping.spi.ChargeKind;
import org.reskontro.bookkeeping.spi.PaymentRegistration;
import org.reskontro.ledger.spi.AccountingSystemException;
import org.reskontro.ledger.spi.AccountingSystemException.Category;
import org.reskontro.ledger.spi.DocumentQuery;
import org.reskontro.ledger.spi.ErpDocument;
import org.reskontro.ledger.spi.LedgerSource;
import org.reskontro.shared.Money;
import org.reskontro.simulator.poweroffice.Fault;
import org.reskontro.simulator.poweroffice.OutgoingInvoice;

/**
 * The posting side over real HTTP against the simulator: fee invoices, interest notes, credit notes and payments
 * land once whatever fails on the way, proposals stay drafts, and the read side sees what was booked.
 */
class PowerOfficeBookkeepingTests {

    static final String FEE_ACCOUNT = "3900";
    static final String INTEREST_ACCOUNT = "8050";
    private static final LocalDate TODAY = PowerOfficeSandbox.ANCHOR;

    private PowerOfficeSandbox sandbox;
    private UUID client;
    private long customerId;
    private OutgoingInvoice charged;

    @BeforeEach
    void setUp() {
        sandbox = PowerOfficeSandbox.small();
        client = sandbox.clientId();
        sandbox.simulator.addProduct(client, "GEBYR", "Purregebyr", Long.parseLong(FEE_ACCOUNT));
        sandbox.simulator.addProduct(client, "RENTE", "Forsinkelsesrente", Long.parseLong(INTEREST_ACCOUNT));
        charged = sandbox.simulator.invoices(client).stream().filter(i -> !i.creditNote() && !i.reversed())
                .findFirst().orElseThrow();
        customerId = charged.customerId();
    }

    @AfterEach
    void tearDown() {
        sandbox.close();
    }

    @Test
    void aFeeInvoiceIsSentWithoutVatOnTheFeeAccountAndTheReadSideListsItOpen() {
        ChargeInvoice fee = fee(BookingMode.DIRECT, "70.00");

        BookedDocument booked = target().book(fee);

        assertThat(booked.state()).isEqualTo(BookedDocument.State.BOOKED);
        assertThat(booked.number()).isNotNull();
        OutgoingInvoice invoice = sandbox.simulator.invoice(client, UUID.fromString(booked.externalId()))
                .orElseThrow();
        assertThat(invoice.totalPosted()).as("no VAT on a fee").isEqualByComparingTo("70.00");
        assertThat(invoice.netPosted()).isEqualByComparingTo("70.00");
        assertThat(invoice.cid()).as("Go assigns the KID").isNotBlank();
        assertThat(invoice.dueDate()).isEqualTo(fee.dueDate());
        assertThat(sandbox.simulator.documentsWithReference(client, fee.key().toString())).isEqualTo(1);

        ErpDocument listed = listed(booked.externalId());
        assertThat(listed.totalInclVat().amount()).isEqualByComparingTo("70.00");
        assertThat(listed.number()).isEqualTo(booked.number());
        assertThat(sandbox.open().balance(listed).open().amount()).isEqualByComparingTo("70.00");
    }

    @Test
    void anInterestNoteBooksOnTheInterestAccount() {
        ChargeInvoice interest = new ChargeInvoice(UUID.randomUUID(), BookingMode.DIRECT, ChargeKind.INTEREST,
                String.valueOf(customerId), charged.id().toString(), charged.invoiceNo(), TODAY, TODAY.plusDays(14),
                "Reskontro rente faktnr. " + charged.invoiceNo(), "nb",
                List.of(line("Forsinkelsesrente 12,25 %", "13.37", INTEREST_ACCOUNT)));

        BookedDocument booked = target().book(interest);

        assertThat(sandbox.simulator.invoice(client, UUID.fromString(booked.externalId())).orElseThrow()
                .totalPosted()).isEqualByComparingTo("13.37");
    }

    @Test
    void aCreditNoteLowersTheFeeInvoicesOpenAmountAsTheReadSideSeesIt() {
        BookkeepingTarget target = target();
        BookedDocument fee = target.book(fee(BookingMode.DIRECT, "70.00"));
        ChargeCreditNote note = creditNote(fee.externalId(), "30.00");

        BookedDocument credit = target.book(note);

        assertThat(credit.state()).isEqualTo(BookedDocument.State.BOOKED);
        assertThat(sandbox.simulator.invoice(client, UUID.fromString(credit.externalId())).orElseThrow().creditNote())
                .isTrue();
        assertThat(sandbox.simulator.balance(client, UUID.fromString(fee.externalId())))
                .isEqualByComparingTo("40.00");
        ErpDocument listed = listed(fee.externalId());
        assertThat(sandbox.open().balance(listed).open().amount()).isEqualByComparingTo("40.00");
    }

    @Test
    void aPaymentPostsOnTheCustomerLedgerMatchedWithTheDocument() {
        BookkeepingTarget target = target();
        BookedDocument fee = target.book(fee(BookingMode.DIRECT, "70.00"));
        PaymentRegistration payment = payment(fee.externalId(), "70.00");

        BookedDocument paid = target.book(payment);

        assertThat(paid.state()).isEqualTo(BookedDocument.State.BOOKED);
        assertThat(sandbox.simulator.balance(client, UUID.fromString(fee.externalId()))).isZero();
        assertThat(target.book(payment)).as("asked again").isEqualTo(paid);
        assertThat(target.find(payment)).contains(paid);
        assertThat(sandbox.simulator.documentsWithReference(client, payment.key().toString())).isEqualTo(1);
    }

    @Test
    void aProposalStaysAnUnsentDraftUntilTheBookkeeperSendsIt() {
        BookkeepingTarget target = target();
        assertThat(target.acceptsProposals()).isTrue();
        ChargeInvoice fee = fee(BookingMode.PROPOSAL, "70.00");
        int invoicesBefore = sandbox.simulator.invoices(client).size();

        BookedDocument proposed = target.book(fee);

        assertThat(proposed.state()).isEqualTo(BookedDocument.State.PROPOSED);
        assertThat(proposed.number()).isNull();
        assertThat(sandbox.simulator.salesOrderDrafts(client)).containsEntry(UUID.fromString(proposed.externalId()),
                fee.key().toString());
        assertThat(sandbox.simulator.invoices(client)).hasSize(invoicesBefore);
        assertThat(target.book(fee)).isEqualTo(proposed);
        assertThat(target.find(fee)).contains(proposed);
        assertThat(sandbox.simulator.documentsWithReference(client, fee.key().toString())).isEqualTo(1);
    }

    @Test
    void aRepeatedBookingGivesTheSameDocumentAndOnlyOneExists() {
        ChargeInvoice fee = fee(BookingMode.DIRECT, "70.00");
        BookedDocument first = target().book(fee);

        BookedDocument again = target().book(fee);

        assertThat(again).isEqualTo(first);
        assertThat(target().find(fee)).contains(first);
        assertThat(sandbox.simulator.documentsWithReference(client, fee.key().toString())).isEqualTo(1);
    }

    /** Once warmed up, a booking asks: invoices by key, drafts, then creates the order, sends it, reads it back. */
    @Test
    void aCreateCommittedButAnswered500IsFinishedNotRepeated() {
        BookkeepingTarget target = warmed();
        ChargeInvoice fee = fee(BookingMode.DIRECT, "70.00");
        sandbox.simulator.injectFaults(client, Fault.passThrough(), Fault.passThrough(),
                Fault.committedThenServerError());

        BookedDocument booked = target.book(fee);

        assertThat(booked.state()).isEqualTo(BookedDocument.State.BOOKED);
        assertThat(sandbox.simulator.pendingFaults(client)).isZero();
        assertThat(sandbox.simulator.documentsWithReference(client, fee.key().toString())).isEqualTo(1);
        assertThat(sandbox.simulator.salesOrderDrafts(client)).isEmpty();
    }

    @Test
    void aSendCommittedButAnswered500IsNotSentTwice() {
        BookkeepingTarget target = warmed();
        ChargeInvoice fee = fee(BookingMode.DIRECT, "70.00");
        sandbox.simulator.injectFaults(client, Fault.passThrough(), Fault.passThrough(), Fault.passThrough(),
                Fault.committedThenServerError());

        BookedDocument booked = target.book(fee);

        assertThat(booked.number()).isNotNull();
        assertThat(sandbox.simulator.documentsWithReference(client, fee.key().toString())).isEqualTo(1);
    }

    @Test
    void aPaymentCommittedButAnswered500IsPostedOnce() {
        BookkeepingTarget target = warmed();
        BookedDocument fee = target.book(fee(BookingMode.DIRECT, "70.00"));
        PaymentRegistration payment = payment(fee.externalId(), "50.00");
        target.find(payment); // warms the customer and statement reads; book() then asks them again, then posts
        sandbox.simulator.injectFaults(client, Fault.passThrough(), Fault.passThrough(), Fault.passThrough(),
                Fault.committedThenServerError());

        target.book(payment);

        assertThat(sandbox.simulator.pendingFaults(client)).isZero();
        assertThat(sandbox.simulator.documentsWithReference(client, payment.key().toString())).isEqualTo(1);
        assertThat(sandbox.simulator.balance(client, UUID.fromString(fee.externalId())))
                .isEqualByComparingTo("20.00");
    }

    @Test
    void aCreateThatTimesOutAfterItsCommitIsFoundOnTheRetry() {
        PowerOfficeSettings quick = new PowerOfficeSettings(Duration.ofSeconds(2), Duration.ofMillis(600), 100, 8, 3);
        BookkeepingTarget target = new PowerOfficeBookkeeping(quick, sandbox.sleeper, sandbox.clock)
                .open(sandbox.connection());
        target.book(fee(BookingMode.DIRECT, "10.00"));
        ChargeInvoice fee = fee(BookingMode.DIRECT, "70.00");
        sandbox.simulator.injectFaults(client, Fault.passThrough(), Fault.passThrough(),
                Fault.committedThenDelay(Duration.ofSeconds(3)));

        BookedDocument booked = target.book(fee);

        assertThat(booked.state()).isEqualTo(BookedDocument.State.BOOKED);
        assertThat(sandbox.simulator.documentsWithReference(client, fee.key().toString())).isEqualTo(1);
    }

    @Test
    void everyAttemptFailingAfterTheCommitLeavesAnUnknownOutcomeThatTheNextBookingFinishes() {
        BookkeepingTarget target = warmed();
        ChargeInvoice fee = fee(BookingMode.DIRECT, "70.00");
        sandbox.simulator.injectFaults(client, Fault.passThrough(), Fault.passThrough(),
                Fault.committedThenServerError(), Fault.serverError(), Fault.unavailable());

        AccountingSystemException failure = catchThrowableOfType(AccountingSystemException.class,
                () -> target.book(fee));

        assertThat(failure.category()).isEqualTo(Category.SERVER_ERROR);
        assertThat(failure.transientFailure()).isTrue();
        BookedDocument booked = target.book(fee);
        assertThat(booked.state()).isEqualTo(BookedDocument.State.BOOKED);
        assertThat(sandbox.simulator.documentsWithReference(client, fee.key().toString())).isEqualTo(1);
    }

    /**
     * What a booking costs once the session knows the chart: lookup by key (invoices, drafts), create, send, read
     * back; asked again, the first lookup answers. A payment: its document, the statement, the customer, the deposit
     * account (once per session), the post.
     */
    @Test
    void aBookingTakesFiveRequestsAndARepeatedOneTakesOne() {
        BookkeepingTarget target = warmed();
        ChargeInvoice fee = fee(BookingMode.DIRECT, "70.00");
        int before = target.requestCount();
        BookedDocument booked = target.book(fee);
        int booking = target.requestCount() - before;
        target.book(fee);
        int repeated = target.requestCount() - before - booking;
        before = target.requestCount();
        target.book(payment(booked.externalId(), "70.00"));
        int payment = target.requestCount() - before;

        assertThat(booking).isEqualTo(5);
        assertThat(repeated).isEqualTo(1);
        assertThat(payment).isEqualTo(5);
    }

    /** With Go's throttle of 10 requests a second on, a burst of bookings waits instead of failing, each once. */
    @Test
    void bookingsUnderTheThrottleWaitAndLandOnce() {
        try (PowerOfficeSandbox throttled = PowerOfficeSandbox.withDemoData(11, 30, 250, 10)) {
            UUID id = throttled.clientId();
            throttled.simulator.addProduct(id, "GEBYR", "Purregebyr", Long.parseLong(FEE_ACCOUNT));
            BookkeepingTarget target = new PowerOfficeBookkeeping(PowerOfficeSandbox.SETTINGS, throttled.sleeper,
                    throttled.clock).open(throttled.connection());
            List<ChargeInvoice> fees = List.of(fee(BookingMode.DIRECT, "70.00"), fee(BookingMode.DIRECT, "35.00"),
                    fee(BookingMode.DIRECT, "140.00"));
            fees = fees.stream().map(f -> new ChargeInvoice(f.key(), f.mode(), f.kind(),
                    String.valueOf(throttled.simulator.customers(id).getFirst().id()), null, null, f.date(),
                    f.dueDate(), f.text(), f.language(), f.lines())).toList();

            fees.forEach(target::book);

            assertThat(throttled.exchanges).anyMatch(e -> e.status() == 429);
            assertThat(throttled.sleeper.waits()).isNotEmpty();
            fees.forEach(f -> assertThat(throttled.simulator.documentsWithReference(id, f.key().toString()))
                    .isEqualTo(1));
        }
    }

    @Test
    void aRateLimitedCreateWaitsRetryAfterThroughTheSleeper() {
        BookkeepingTarget target = warmed();
        ChargeInvoice fee = fee(BookingMode.DIRECT, "70.00");
        sandbox.simulator.injectFaults(client, Fault.passThrough(), Fault.passThrough(), Fault.rateLimited(7));

        target.book(fee);

        assertThat(sandbox.sleeper.waits()).contains(Duration.ofSeconds(7));
        assertThat(sandbox.simulator.documentsWithReference(client, fee.key().toString())).isEqualTo(1);
    }

    @Test
    void aBookingForAnUnknownCustomerIsRejectedAndCreatesNothing() {
        ChargeInvoice fee = new ChargeInvoice(UUID.randomUUID(), BookingMode.DIRECT, ChargeKind.FEE, "999999",
                charged.id().toString(), charged.invoiceNo(), TODAY, TODAY.plusDays(14), "Gebyr", "nb",
                List.of(line("Purregebyr", "70.00", FEE_ACCOUNT)));

        AccountingSystemException failure = catchThrowableOfType(AccountingSystemException.class,
                () -> target().book(fee));

        assertThat(failure.category()).isEqualTo(Category.REJECTED);
        assertThat(failure.getMessage()).contains("Customer with id = 999999 not found");
        assertThat(failure.transientFailure()).isFalse();
        assertThat(sandbox.simulator.documentsWithReference(client, fee.key().toString())).isZero();
    }

    @Test
    void aLineOnAnAccountWithVatIsRejectedBeforeAnythingIsSent() {
        sandbox.simulator.addProduct(client, "TJENESTE", "Tjenester", 3000);
        ChargeInvoice fee = new ChargeInvoice(UUID.randomUUID(), BookingMode.DIRECT, ChargeKind.FEE,
                String.valueOf(customerId), null, null, TODAY, TODAY.plusDays(14), "Gebyr", "nb",
                List.of(line("Purregebyr", "70.00", "3000")));

        AccountingSystemException failure = catchThrowableOfType(AccountingSystemException.class,
                () -> target().book(fee));

        assertThat(failure.category()).isEqualTo(Category.REJECTED);
        assertThat(failure.getMessage()).contains("VAT code 3");
        assertThat(sandbox.simulator.documentsWithReference(client, fee.key().toString())).isZero();
    }

    private BookkeepingTarget target() {
        return new PowerOfficeBookkeeping(PowerOfficeSandbox.SETTINGS, sandbox.sleeper, sandbox.clock)
                .open(sandbox.connection());
    }

    /** A session that has checked the client and read products, accounts and VAT codes already. */
    private BookkeepingTarget warmed() {
        BookkeepingTarget target = target();
        target.book(fee(BookingMode.DIRECT, "10.00"));
        return target;
    }

    ChargeInvoice fee(BookingMode mode, String amount) {
        return new ChargeInvoice(UUID.randomUUID(), mode, ChargeKind.FEE, String.valueOf(customerId),
                charged.id().toString(), charged.invoiceNo(), TODAY, TODAY.plusDays(14),
                "Reskontro gebyr faktnr. " + charged.invoiceNo(), "nb", List.of(line("Purregebyr", amount,
                        FEE_ACCOUNT)));
    }

    private ChargeCreditNote creditNote(String feeId, String amount) {
        return new ChargeCreditNote(UUID.randomUUID(), BookingMode.DIRECT, String.valueOf(customerId), feeId, TODAY,
                "Kreditering av gebyr", "nb", List.of(line("Purregebyr kreditert", amount, FEE_ACCOUNT)));
    }

    private PaymentRegistration payment(String documentId, String amount) {
        return new PaymentRegistration(UUID.randomUUID(), documentId, TODAY, Money.of(amount, "NOK"), "1920",
                "Innbetaling via Reskontro");
    }

    private static BookingLine line(String text, String amount, String account) {
        return new BookingLine(text, Money.of(new BigDecimal(amount), "NOK"), account);
    }

    private ErpDocument listed(String externalId) {
        LedgerSource source = sandbox.open();
        List<ErpDocument> documents = new ArrayList<>();
        source.documents(new DocumentQuery(TODAY.minusDays(1), TODAY, null), documents::add);
        return documents.stream().filter(d -> d.externalId().equals(externalId)).findFirst().orElseThrow();
    }
}
