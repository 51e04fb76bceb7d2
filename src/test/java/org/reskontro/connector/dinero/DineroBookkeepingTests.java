package org.reskontro.connector.dinero;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.reskontro.bookkeeping.spi.BookedDocument;
import org.reskontro.bookkeeping.spi.BookedDocument.State;
import org.reskontro.bookkeeping.spi.BookingMode;
import org.reskontro.bookkeeping.spi.BookkeepingTarget;
import org.reskontro.bookkeeping.spi.ChargeInvoice;
import org.reskontro.bookkeeping.spi.PaymentRegistration;
import org.reskontro.ledger.spi.AccountingSystemException;
import org.reskontro.ledger.spi.AccountingSystemException.Category;
import org.reskontro.ledger.spi.DocumentQuery;
import org.reskontro.ledger.spi.ErpDocument;
import org.reskontro.ledger.spi.LedgerSource;
import org.reskontro.shared.DocumentKind;
import org.reskontro.simulator.dinero.DineroDocument;

/** The Dinero booking side against the simulator over real HTTP. */
class DineroBookkeepingTests {

    private static final DocumentQuery RECENT = new DocumentQuery(DineroSandbox.ANCHOR.minusDays(120),
            DineroSandbox.ANCHOR, null);

    @Test
    void aFeeInvoiceIsBookedWithoutVatAndTheReadSideSeesItOpenUntilACreditNoteLowersIt() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            BookkeepingTarget target = sandbox.target();
            ChargeInvoice fee = DineroCharges.fee(sandbox.customer(), BookingMode.DIRECT, "100");

            BookedDocument booked = target.book(fee);

            assertThat(booked.state()).isEqualTo(State.BOOKED);
            assertThat(booked.externalId()).isEqualTo(fee.key().toString());
            DineroDocument held = only(sandbox, fee.key());
            assertThat(held.number()).isEqualTo(booked.number());
            assertThat(held.totalInclVat()).isEqualByComparingTo("100.00");
            assertThat(held.paymentDate()).isEqualTo(fee.dueDate());
            assertThat(held.description()).isEqualTo(fee.text());
            assertThat(open(sandbox, booked.externalId())).isEqualByComparingTo("100.00");

            BookedDocument credited = target.book(DineroCharges.creditNote(sandbox.customer(), booked.externalId(),
                    "40"));

            assertThat(credited.state()).isEqualTo(State.BOOKED);
            assertThat(credited.number()).isNotNull();
            assertThat(open(sandbox, booked.externalId())).isEqualByComparingTo("60.00");
        }
    }

    @Test
    void anInterestNoteKeepsItsLinesOnTheFeeAccount() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            ChargeInvoice interest = DineroCharges.interest(sandbox.customer());

            BookedDocument booked = sandbox.target().book(interest);

            DineroDocument held = only(sandbox, interest.key());
            assertThat(held.booked()).isTrue();
            assertThat(held.totalInclVat()).isEqualByComparingTo("21.42").isEqualByComparingTo(held.totalExclVat());
            assertThat(held.lines()).extracting(line -> line.accountNumber()).containsExactly(1150, 1150);
            assertThat(held.language()).isEqualTo("en-GB");
            assertThat(booked.number()).isEqualTo(held.number());
        }
    }

    @Test
    void aProposalIsLeftAsADraftAndBookedLaterUnderTheSameKey() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            BookkeepingTarget target = sandbox.target();
            ChargeInvoice proposal = DineroCharges.fee(sandbox.customer(), BookingMode.PROPOSAL, "65");

            BookedDocument proposed = target.book(proposal);

            assertThat(target.acceptsProposals()).isTrue();
            assertThat(proposed).isEqualTo(new BookedDocument(proposal.key().toString(), null, State.PROPOSED));
            assertThat(only(sandbox, proposal.key()).booked()).isFalse();
            assertThat(target.find(proposal)).contains(proposed);

            ChargeInvoice approved = new ChargeInvoice(proposal.key(), BookingMode.DIRECT, proposal.kind(),
                    proposal.customerExternalId(), null, 1042L, proposal.date(), proposal.dueDate(), proposal.text(),
                    proposal.language(), proposal.lines());
            BookedDocument booked = target.book(approved);

            assertThat(booked.state()).isEqualTo(State.BOOKED);
            assertThat(only(sandbox, proposal.key()).booked()).isTrue();
        }
    }

    @Test
    void aRepeatedBookingReturnsTheSameDocumentWithOneLookUp() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            BookkeepingTarget target = sandbox.target();
            ChargeInvoice fee = DineroCharges.fee(sandbox.customer(), BookingMode.DIRECT, "100");
            assertThat(target.find(fee)).isEmpty();
            BookedDocument first = target.book(fee);
            int requests = target.requestCount();

            BookedDocument again = target.book(fee);

            assertThat(again).isEqualTo(first);
            assertThat(target.requestCount() - requests).isEqualTo(1);
            assertThat(target.find(fee)).contains(first);
            only(sandbox, fee.key());
        }
    }

    @Test
    void aPaymentIsRegisteredOnceAndANegativeOneReversesIt() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            BookkeepingTarget target = sandbox.target();
            String invoice = target.book(DineroCharges.fee(sandbox.customer(), BookingMode.DIRECT, "100"))
                    .externalId();
            PaymentRegistration payment = DineroCharges.payment(invoice, "100");

            BookedDocument paid = target.book(payment);
            BookedDocument again = target.book(payment);

            assertThat(paid.state()).isEqualTo(State.BOOKED);
            assertThat(again).isEqualTo(paid);
            assertThat(target.find(payment)).contains(paid);
            assertThat(sandbox.simulator.paymentsWithExternalReference(sandbox.organisationId(),
                    "reskontro:" + payment.key())).singleElement()
                    .satisfies(p -> assertThat(p.guid().toString()).isEqualTo(paid.externalId()));
            assertThat(open(sandbox, invoice)).isEqualByComparingTo("0.00");

            target.book(DineroCharges.payment(invoice, "-100"));

            assertThat(open(sandbox, invoice)).isEqualByComparingTo("100.00");
        }
    }

    @Test
    void aBookingForAnUnknownContactIsRejectedWithDinerosReason() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            String stranger = UUID.randomUUID().toString();
            ChargeInvoice fee = DineroCharges.fee(stranger, BookingMode.DIRECT, "100");

            AccountingSystemException failure = catchThrowableOfType(AccountingSystemException.class,
                    () -> sandbox.target().book(fee));

            assertThat(failure.category()).isEqualTo(Category.REJECTED);
            assertThat(failure.transientFailure()).isFalse();
            assertThat(failure.getMessage()).contains("Dinero refused", "HTTP 400", "has no contact " + stranger);
            assertThat(sandbox.simulator.documentsWithExternalReference(sandbox.organisationId(),
                    "reskontro:" + fee.key())).isEmpty();
        }
    }

    @Test
    void aLineWithoutAnAccountNumberIsRejectedBeforeAnythingIsSent() {
        try (DineroSandbox sandbox = DineroSandbox.small()) {
            ChargeInvoice fee = DineroCharges.fee(sandbox.customer(), BookingMode.DIRECT, "100");
            ChargeInvoice noAccount = new ChargeInvoice(fee.key(), fee.mode(), fee.kind(), fee.customerExternalId(),
                    null, null, fee.date(), fee.dueDate(), fee.text(), fee.language(),
                    List.of(new org.reskontro.bookkeeping.spi.BookingLine("Gebyr", fee.total(), "Gebyrer")));
            BookkeepingTarget target = sandbox.target();

            AccountingSystemException failure = catchThrowableOfType(AccountingSystemException.class,
                    () -> target.book(noAccount));

            assertThat(failure.category()).isEqualTo(Category.REJECTED);
            assertThat(failure.getMessage()).contains("'Gebyrer' is none");
        }
    }

    static DineroDocument only(DineroSandbox sandbox, UUID key) {
        List<DineroDocument> held = sandbox.simulator.documentsWithExternalReference(sandbox.organisationId(),
                "reskontro:" + key);
        assertThat(held).hasSize(1);
        assertThat(held.getFirst().guid()).isEqualTo(key);
        return held.getFirst();
    }

    /** What the read side (as a sync mirrors it) says is open on a document. */
    static java.math.BigDecimal open(DineroSandbox sandbox, String externalId) {
        LedgerSource source = sandbox.open();
        List<ErpDocument> documents = new ArrayList<>();
        source.documents(RECENT, documents::add);
        ErpDocument document = documents.stream()
                .filter(d -> d.externalId().equals(externalId) && d.kind() == DocumentKind.INVOICE).findFirst()
                .orElseThrow(() -> new AssertionError("the read side does not list " + externalId));
        return source.balance(document).open().amount();
    }
}
