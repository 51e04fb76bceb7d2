package org.reskontro.connector.dinero;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.reskontro.bookkeeping.spi.BookedDocument;
import org.reskontro.bookkeeping.spi.BookedDocument.State;
import org.reskontro.bookkeeping.spi.BookingMode;
import org.reskontro.bookkeeping.spi.BookkeepingTarget;
import org.reskontro.bookkeeping.spi.ChargeInvoice;
import org.reskontro.bookkeeping.spi.PaymentRegistration;
import org.reskontro.ledger.spi.AccountingSystemException;
import org.reskontro.ledger.spi.AccountingSystemException.Category;
import org.reskontro.simulator.dinero.Fault;

/**
 * Writes whose answer is lost after Dinero carried them out (HTTP 500, a time-out): the booking still exists
 * exactly once. The transport's retries wait through the recording sleeper, so nothing really sleeps but the
 * time-outs.
 */
class DineroBookkeepingFaultTests {

    /** Short time-outs, so a held-back answer outlasts them quickly. */
    private static final DineroSettings IMPATIENT = new DineroSettings(Duration.ofSeconds(2), Duration.ofMillis(500),
            100, 8, 3);

    @Test
    void aCreateThatGotThroughBeforeA500IsFoundAndBookedNotCreatedAgain() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            sandbox.simulator.injectFaults(sandbox.organisationId(),
                    Fault.onPost("/invoices$", Fault.committedThenFailed(500)));
            ChargeInvoice fee = DineroCharges.fee(sandbox.customer(), BookingMode.DIRECT, "100");

            BookedDocument booked = sandbox.target().book(fee);

            assertThat(booked.state()).isEqualTo(State.BOOKED);
            assertThat(DineroBookkeepingTests.only(sandbox, fee.key()).booked()).isTrue();
            assertThat(sandbox.simulator.pendingFaults(sandbox.organisationId())).isZero();
            assertThat(sandbox.sleeper.waits()).containsExactly(Duration.ofSeconds(1));
        }
    }

    @Test
    void aBookingThatGotThroughBeforeA500IsNotNumberedTwice() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            sandbox.simulator.injectFaults(sandbox.organisationId(),
                    Fault.onPost("/book$", Fault.committedThenFailed(503)));
            BookkeepingTarget target = sandbox.target();
            BookedDocument first = target.book(DineroCharges.fee(sandbox.customer(), BookingMode.DIRECT, "100"));
            ChargeInvoice next = DineroCharges.fee(sandbox.customer(), BookingMode.DIRECT, "100");

            BookedDocument second = target.book(next);

            assertThat(second.number()).isEqualTo(first.number() + 1);
            assertThat(DineroBookkeepingTests.only(sandbox, next.key()).number()).isEqualTo(second.number());
        }
    }

    @Test
    void aCreateWhoseAnswerTimesOutIsNotCreatedAgain() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            sandbox.simulator.injectFaults(sandbox.organisationId(),
                    Fault.onPost("/invoices$", Fault.committedThenDelayed(Duration.ofSeconds(3))));
            ChargeInvoice fee = DineroCharges.fee(sandbox.customer(), BookingMode.DIRECT, "100");

            BookedDocument booked = sandbox.bookkeeping(IMPATIENT).open(sandbox.connection()).book(fee);

            assertThat(booked.state()).isEqualTo(State.BOOKED);
            assertThat(sandbox.simulator.pendingFaults(sandbox.organisationId())).isZero();
            // the retried create was refused; the first one's answer is still held back (reported once written)
            assertThat(sandbox.exchanges).filteredOn(e -> e.method().equals("POST") && e.path().endsWith("/invoices"))
                    .extracting(e -> e.status()).containsExactly(400);
            assertThat(DineroBookkeepingTests.only(sandbox, fee.key()).booked()).isTrue();
        }
    }

    @Test
    void aPaymentThatGotThroughBeforeA500OrATimeOutIsRegisteredOnce() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            BookkeepingTarget target = sandbox.bookkeeping(IMPATIENT).open(sandbox.connection());
            String invoice = target.book(DineroCharges.fee(sandbox.customer(), BookingMode.DIRECT, "100"))
                    .externalId();
            PaymentRegistration partly = DineroCharges.payment(invoice, "30");
            PaymentRegistration rest = DineroCharges.payment(invoice, "70");
            sandbox.simulator.injectFaults(sandbox.organisationId(),
                    Fault.onPost("/payments$", Fault.committedThenFailed(500)),
                    Fault.onPost("/payments$", Fault.committedThenDelayed(Duration.ofSeconds(3))));

            BookedDocument first = target.book(partly);
            BookedDocument second = target.book(rest);

            for (PaymentRegistration payment : new PaymentRegistration[] {partly, rest}) {
                assertThat(sandbox.simulator.paymentsWithExternalReference(sandbox.organisationId(),
                        "reskontro:" + payment.key())).as(payment.amount().toString()).hasSize(1);
            }
            assertThat(first.externalId()).isNotEqualTo(second.externalId());
            assertThat(sandbox.simulator.pendingFaults(sandbox.organisationId())).isZero();
            assertThat(DineroBookkeepingTests.open(sandbox, invoice)).isEqualByComparingTo("0.00");
        }
    }

    @Test
    void aCreateLeftUnknownByLasting500sIsFinishedByTheNextAttempt() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            sandbox.simulator.injectFaults(sandbox.organisationId(),
                    Fault.onPost("/invoices$", Fault.committedThenFailed(500)), Fault.serverError(),
                    Fault.unavailable());
            ChargeInvoice fee = DineroCharges.fee(sandbox.customer(), BookingMode.DIRECT, "100");
            BookkeepingTarget target = sandbox.target();

            AccountingSystemException failure = catchThrowableOfType(AccountingSystemException.class,
                    () -> target.book(fee));

            assertThat(failure.category()).isEqualTo(Category.SERVER_ERROR);
            assertThat(failure.transientFailure()).isTrue();
            assertThat(DineroBookkeepingTests.only(sandbox, fee.key()).booked()).as("a draft got through").isFalse();

            BookedDocument booked = target.book(fee);

            assertThat(booked.state()).isEqualTo(State.BOOKED);
            assertThat(DineroBookkeepingTests.only(sandbox, fee.key()).booked()).isTrue();
        }
    }

    @Test
    void aRateLimitedBookingWaitsWhatRetryAfterSays() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            sandbox.simulator.injectFaults(sandbox.organisationId(),
                    Fault.onPost("/invoices$", Fault.rateLimited(7)));
            ChargeInvoice fee = DineroCharges.fee(sandbox.customer(), BookingMode.DIRECT, "100");

            BookedDocument booked = sandbox.target().book(fee);

            assertThat(booked.state()).isEqualTo(State.BOOKED);
            assertThat(sandbox.sleeper.waits()).containsExactly(Duration.ofSeconds(7));
            DineroBookkeepingTests.only(sandbox, fee.key());
        }
    }

    @Test
    void stillRateLimitedAfterTheAttemptsCarriesRetryAfter() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            sandbox.simulator.injectFaults(sandbox.organisationId(), 8, Fault.rateLimited(20));

            AccountingSystemException failure = catchThrowableOfType(AccountingSystemException.class,
                    () -> sandbox.target().book(DineroCharges.fee(sandbox.customer(), BookingMode.DIRECT, "100")));

            assertThat(failure.category()).isEqualTo(Category.RATE_LIMITED);
            assertThat(failure.retryAfter()).contains(Duration.ofSeconds(20));
        }
    }
}
