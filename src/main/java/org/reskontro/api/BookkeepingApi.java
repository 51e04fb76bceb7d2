package org.reskontro.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.reskontro.bookkeeping.BookedCharges;
import org.reskontro.bookkeeping.Bookkeeping;
import org.reskontro.bookkeeping.BookkeepingSettings;
import org.reskontro.bookkeeping.BookkeepingSettingsStore;
import org.reskontro.bookkeeping.BookingOutbox;
import org.reskontro.bookkeeping.ChargeView;
import org.reskontro.bookkeeping.ClaimView;
import org.reskontro.bookkeeping.Claims;
import org.reskontro.bookkeeping.DrainResult;
import org.reskontro.bookkeeping.FeePostingSummary;
import org.reskontro.bookkeeping.InvalidBookkeepingException;
import org.reskontro.bookkeeping.MonitoringSummary;
import org.reskontro.bookkeeping.NoSuchChargeException;
import org.reskontro.bookkeeping.NoSuchOutboxEntryException;
import org.reskontro.bookkeeping.OutboxEntry;
import org.reskontro.bookkeeping.OutboxEvent;
import org.reskontro.bookkeeping.OutboxStatus;
import org.reskontro.bookkeeping.spi.BookingMode;
import org.reskontro.creditors.Creditors;
import org.reskontro.shared.CreditorId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Bookkeeping", description = "Fees and interest booked into the accounting system, the outbox every write "
        + "goes through, write-offs and payment monitoring")
@RestController
@RequestMapping("/api/v1/creditors/{creditorId}/bookkeeping")
class BookkeepingApi {

    private final Creditors creditors;
    private final Bookkeeping bookkeeping;
    private final BookingOutbox outbox;
    private final BookedCharges charges;
    private final BookkeepingSettingsStore settings;
    private final Claims claims;

    BookkeepingApi(Creditors creditors, Bookkeeping bookkeeping, BookingOutbox outbox, BookedCharges charges,
                   BookkeepingSettingsStore settings, Claims claims) {
        this.claims = claims;
        this.creditors = creditors;
        this.bookkeeping = bookkeeping;
        this.outbox = outbox;
        this.charges = charges;
        this.settings = settings;
    }

    @Operation(summary = "How charges are booked: directly or as proposals, accounts, payment terms, texts, notes e-mail")
    @GetMapping("/settings")
    BookkeepingSettings settings(@PathVariable String creditorId) {
        return settings.settings(visible(creditorId));
    }

    @Operation(summary = "Replace the bookkeeping settings; document texts must contain {id}")
    @PutMapping("/settings")
    BookkeepingSettings save(@PathVariable String creditorId, @RequestBody SettingsInput input) {
        CreditorId creditor = visible(creditorId);
        return settings.save(creditor, new BookkeepingSettings(input.mode(), input.feeAccount(), input.interestAccount(),
                input.depositAccount(), input.paymentDays() == null ? -1 : input.paymentDays(), input.feeText(),
                input.interestText(), input.notesEmail()));
    }

    @Operation(summary = "Run the fee posting now: queue bookings for new charges, send the outbox, mail the notes list")
    @PostMapping("/fee-posting")
    FeePostingSummary postFees(@PathVariable String creditorId) {
        return bookkeeping.postFees(visible(creditorId));
    }

    @Operation(summary = "Send what waits in the outbox now (store and forward), queuing nothing new")
    @PostMapping("/outbox/send")
    DrainResult send(@PathVariable String creditorId) {
        return bookkeeping.sendOutbox(visible(creditorId));
    }

    @Operation(summary = "Run payment monitoring now: what debtors paid on fee invoices and interest notes")
    @PostMapping("/payment-monitoring")
    MonitoringSummary monitor(@PathVariable String creditorId) {
        return bookkeeping.monitorPayments(visible(creditorId));
    }

    @Operation(summary = "The outbox: newest first, or one status in sending order; with the count per status")
    @GetMapping("/outbox")
    OutboxPage outbox(@PathVariable String creditorId, @RequestParam(required = false) OutboxStatus status,
                      @RequestParam(defaultValue = "100") int limit) {
        CreditorId creditor = visible(creditorId);
        return new OutboxPage(outbox.counts(creditor), outbox.entries(creditor, status, Math.min(Math.max(limit, 1), 1000)));
    }

    @Operation(summary = "One outbox row with everything that happened to it")
    @GetMapping("/outbox/{entryId}")
    OutboxDetail entry(@PathVariable String creditorId, @PathVariable String entryId) {
        CreditorId creditor = visible(creditorId);
        UUID id = uuid(entryId, "outbox entry");
        return new OutboxDetail(outbox.entry(creditor, id), outbox.history(creditor, id));
    }

    @Operation(summary = "Force a re-send of one row (the same idempotency key: nothing is booked twice)")
    @PostMapping("/outbox/{entryId}/resend")
    OutboxEntry resend(@PathVariable String creditorId, @PathVariable String entryId) {
        return outbox.resend(visible(creditorId), uuid(entryId, "outbox entry"));
    }

    @Operation(summary = "Charges newest first, or every charge of one invoice (its booking history)")
    @GetMapping("/charges")
    List<ChargeIo> charges(@PathVariable String creditorId, @RequestParam(required = false) String document,
                           @RequestParam(defaultValue = "100") int limit) {
        return charges.charges(visible(creditorId), document == null ? null : uuid(document, "document"),
                Math.min(Math.max(limit, 1), 1000)).stream().map(ChargeIo::of).toList();
    }

    @Operation(summary = "Write a charge off; the next fee posting books the reversal (a credit note)")
    @PostMapping("/charges/{chargeId}/write-off")
    ChargeIo writeOff(@PathVariable String creditorId, @PathVariable String chargeId, @RequestBody WriteOffInput input) {
        return ChargeIo.of(charges.writeOff(visible(creditorId), uuid(chargeId, "charge"), input.reason()));
    }

    @Operation(summary = "One line per invoice with its fees and interest (total remainder) and the legal split of "
            + "what was paid: costs, then interest, then principal")
    @GetMapping("/claims")
    List<ClaimIo> claims(@PathVariable String creditorId, @RequestParam(required = false) String debtor,
                         @RequestParam(defaultValue = "200") int limit) {
        return claims.lines(visible(creditorId), debtor, Math.min(Math.max(limit, 1), 5000)).stream()
                .map(ClaimIo::of).toList();
    }

    @Operation(summary = "Register a payment on an invoice's line: split costs → interest → principal over its documents "
            + "and booked as payments through the outbox; the same reference again books nothing twice")
    @PostMapping("/claims/{documentId}/payments")
    List<PaymentPartIo> registerPayment(@PathVariable String creditorId, @PathVariable String documentId,
                                        @RequestBody PaymentInput input) {
        CreditorId creditor = visible(creditorId);
        if (input.amount() == null || input.currency() == null || input.date() == null) {
            throw new InvalidBookkeepingException("amount, currency and date are required");
        }
        return charges.registerPayment(creditor, uuid(documentId, "document"),
                        org.reskontro.shared.Money.of(input.amount(), input.currency()),
                        date(input.date()), input.reference()).stream()
                .map(p -> new PaymentPartIo(p.documentExternalId(), p.role(),
                        p.amount().rounded().amount().toPlainString(), p.outboxId()))
                .toList();
    }

    @ExceptionHandler({NoSuchChargeException.class, NoSuchOutboxEntryException.class})
    ProblemDetail notFound(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(InvalidBookkeepingException.class)
    ProblemDetail invalid(InvalidBookkeepingException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    private CreditorId visible(String raw) {
        return ApiIds.visibleCreditor(creditors, raw).id();
    }

    private static java.time.LocalDate date(String raw) {
        try {
            return java.time.LocalDate.parse(raw);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidBookkeepingException("date is YYYY-MM-DD, not '" + raw + "'");
        }
    }

    private static UUID uuid(String raw, String what) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw new ApiIds.NotFoundException("No " + what + " " + raw);
        }
    }

    record SettingsInput(BookingMode mode, String feeAccount, String interestAccount, String depositAccount,
                         Integer paymentDays, String feeText, String interestText, String notesEmail) {
    }

    record ClaimIo(UUID documentId, Long number, String debtor, String debtorName, String dueDate, String currency,
                   String invoiceTotal, String invoiceOpen, String feesOpen, String interestOpen, String totalOpen,
                   String paid, String legalCostsOwed, String legalInterestOwed, String legalPrincipalOwed) {
        static ClaimIo of(ClaimView v) {
            var item = v.line().invoice();
            return new ClaimIo(item.documentId(), item.number(), item.debtorExternalId(), item.debtorName(),
                    item.dueDate() == null ? null : item.dueDate().toString(), item.open().currency().getCurrencyCode(),
                    plain(item.total()), plain(item.open()), plain(v.line().feesOpen()), plain(v.line().interestOpen()),
                    plain(v.line().total()), plain(v.legal().paid()), plain(v.legal().costsOwed()),
                    plain(v.legal().interestOwed()), plain(v.legal().principalOwed()));
        }

        private static String plain(org.reskontro.shared.Money money) {
            return money.rounded().amount().toPlainString();
        }
    }

    record PaymentInput(String amount, String currency, String date, String reference) {
    }

    record PaymentPartIo(String document, String covers, String amount, UUID outboxEntry) {
    }

    record WriteOffInput(String reason) {
    }

    record OutboxPage(Map<OutboxStatus, Integer> counts, List<OutboxEntry> entries) {
    }

    record OutboxDetail(OutboxEntry entry, List<OutboxEvent> history) {
    }

    record ChargeIo(UUID id, long reskontroId, String kind, UUID documentId, Long documentNumber, String debtor,
                    String chargedOn, String amount, String currency, String standing, UUID bookingId,
                    String bookingStatus, String externalId, Long externalNumber, UUID reversalId, String reversalStatus,
                    Instant writtenOffAt, String writtenOffBy, String writeOffReason, String paid, String open,
                    String explanation) {
        static ChargeIo of(ChargeView c) {
            return new ChargeIo(c.id(), c.seq(), c.kind().name(), c.documentId(), c.documentNumber(),
                    c.debtorExternalId(), c.chargedOn().toString(), c.amount().rounded().amount().toPlainString(),
                    c.amount().currency().getCurrencyCode(), c.standing(), c.bookingId(), c.bookingStatus(),
                    c.externalId(), c.externalNumber(), c.reversalId(), c.reversalStatus(), c.writtenOffAt(),
                    c.writtenOffBy(), c.writeOffReason(), c.paid().rounded().amount().toPlainString(),
                    c.open() == null ? null : c.open().rounded().amount().toPlainString(), c.explanation());
        }
    }
}
