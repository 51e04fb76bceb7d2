package org.reskontro.connector.dinero;

import java.util.Optional;
import java.util.UUID;
import org.reskontro.bookkeeping.spi.BookedDocument;
import org.reskontro.bookkeeping.spi.Booking;
import org.reskontro.bookkeeping.spi.BookingMode;
import org.reskontro.bookkeeping.spi.BookkeepingTarget;
import org.reskontro.bookkeeping.spi.ChargeCreditNote;
import org.reskontro.bookkeeping.spi.ChargeInvoice;
import org.reskontro.bookkeeping.spi.PaymentRegistration;
import org.reskontro.connector.dinero.DineroApiClient.Answer;
import org.reskontro.ledger.spi.AccountingSystemException;
import org.reskontro.ledger.spi.AccountingSystemException.Category;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One write session on a Dinero organisation, exactly once per booking key. A document is created with the key as
 * its Guid, so it can always be fetched by it: look it up first; create it if Dinero has none (a create refused
 * because the Guid is taken means an earlier attempt got through: look it up again and carry on); book it if it
 * should be booked and is a draft; return it as it is once booked. Every step may be repeated after a lost answer
 * without making a second document: the transport retries a create that may have gone through, and Dinero refuses
 * the repeated Guid.
 *
 * <p>Payments have no client-chosen Guid. They carry ExternalReference {@code reskontro:<key>} and are looked for
 * among the invoice's payments before one is sent; a payment sent twice (a retried POST) is stopped by Dinero
 * itself, because it must quote the invoice's TimeStamp and the first payment moved it. A refused payment is
 * therefore looked for again before it counts as refused.
 */
final class DineroBookings implements BookkeepingTarget {

    private final DineroApiClient client;
    private final DineroTransport transport;

    DineroBookings(DineroApiClient client, DineroTransport transport) {
        this.client = client;
        this.transport = transport;
    }

    @Override
    public BookedDocument book(Booking booking) {
        return switch (booking) {
            case ChargeInvoice invoice -> voucher(Voucher.invoice(client.organisationId(), invoice.key()),
                    invoice.mode(), () -> DineroBookingModels.invoice(invoice));
            case ChargeCreditNote note -> voucher(Voucher.creditNote(client.organisationId(), note.key()),
                    note.mode(), () -> DineroBookingModels.creditNote(note));
            case PaymentRegistration payment -> payment(payment);
        };
    }

    @Override
    public Optional<BookedDocument> find(Booking booking) {
        return switch (booking) {
            case ChargeInvoice invoice -> lookUp(Voucher.invoice(client.organisationId(), invoice.key()))
                    .map(VoucherState::document);
            case ChargeCreditNote note -> lookUp(Voucher.creditNote(client.organisationId(), note.key()))
                    .map(VoucherState::document);
            case PaymentRegistration payment -> registered(payment);
        };
    }

    /** Dinero keeps drafts ("kladder") that count once someone books them: a proposal is a draft. */
    @Override
    public boolean acceptsProposals() {
        return true;
    }

    @Override
    public int requestCount() {
        return transport.requestCount();
    }

    /** Where a kind of voucher lives: its list (to create), its own path (to fetch and book) and its name. */
    private record Voucher(UUID key, String listPath, String path, String name) {

        static Voucher invoice(String organisation, UUID key) {
            return new Voucher(key, "/v1/" + organisation + "/invoices", "/v1/" + organisation + "/invoices/" + key,
                    "invoice");
        }

        static Voucher creditNote(String organisation, UUID key) {
            return new Voucher(key, "/v1/" + organisation + "/sales/creditnotes",
                    "/v1/" + organisation + "/sales/creditnotes/" + key, "credit note");
        }
    }

    /** What the connector needs of a voucher read model (or a CreatedResponseModel, for a fresh draft). */
    private record VoucherState(String guid, boolean booked, long number, String timestamp) {

        BookedDocument document() {
            return new BookedDocument(guid, booked ? number : null,
                    booked ? BookedDocument.State.BOOKED : BookedDocument.State.PROPOSED);
        }
    }

    private BookedDocument voucher(Voucher voucher, BookingMode mode,
            java.util.function.Supplier<ObjectNode> model) {
        VoucherState state = lookUp(voucher).orElseGet(() -> create(voucher, model.get()));
        if (state.booked() || mode == BookingMode.PROPOSAL) {
            return state.document();
        }
        return bookDraft(voucher, state, true);
    }

    private Optional<VoucherState> lookUp(Voucher voucher) {
        String what = "GET " + voucher.path();
        Answer answer = client.call("GET", voucher.path(), null, what);
        if (answer.status() == 404) {
            return Optional.empty();
        }
        if (!answer.ok()) {
            throw client.refused(answer, what, noOrganisation());
        }
        return Optional.of(state(DineroJson.parse(answer.body(), what), what));
    }

    private VoucherState create(Voucher voucher, ObjectNode model) {
        String what = "POST " + voucher.listPath() + " (" + voucher.name() + " " + voucher.key() + ")";
        Answer answer = client.call("POST", voucher.listPath(), DineroJson.bytes(model), what);
        if (answer.ok()) {
            JsonNode created = DineroJson.parse(answer.body(), what);
            String timestamp = DineroJson.optionalText(created, "TimeStamp");
            if (timestamp != null) {
                return new VoucherState(DineroJson.text(created, "Guid", what), false, 0, timestamp);
            }
        } else if (answer.status() != 400 && answer.status() != 409 && answer.status() != 422) {
            throw client.refused(answer, what, noOrganisation());
        }
        // Either the draft's TimeStamp is missing, or the create was refused: if that was because the Guid is taken
        // (an earlier attempt got through), the document is there now; if not, Dinero's reason is the answer.
        return lookUp(voucher).orElseThrow(() -> client.refused(answer, what, noOrganisation()));
    }

    private BookedDocument bookDraft(Voucher voucher, VoucherState draft, boolean mayRetry) {
        String path = voucher.path() + "/book";
        String what = "POST " + path;
        Answer answer = client.call("POST", path, DineroJson.bytes(DineroBookingModels.book(draft.timestamp())),
                what);
        if (answer.ok()) {
            JsonNode booked = DineroJson.parse(answer.body(), what);
            return new BookedDocument(draft.guid(), DineroJson.integer(booked, "Number", what),
                    BookedDocument.State.BOOKED);
        }
        if (answer.status() == 404 || answer.status() >= 500 || answer.status() == 401 || answer.status() == 403) {
            throw client.refused(answer, what, "Dinero has no " + voucher.name() + " " + voucher.key()
                    + " to book in organisation " + client.organisationId());
        }
        // Refused: booked already (a repeated booking whose first answer was lost), or changed since it was read.
        VoucherState now = lookUp(voucher).orElseThrow(() -> client.refused(answer, what, noOrganisation()));
        if (now.booked()) {
            return now.document();
        }
        if (mayRetry && !now.timestamp().equals(draft.timestamp())) {
            return bookDraft(voucher, now, false);
        }
        throw client.refused(answer, what, noOrganisation());
    }

    private BookedDocument payment(PaymentRegistration payment) {
        if (!payment.amount().currency().getCurrencyCode().equals("DKK")) {
            throw new AccountingSystemException(Category.REJECTED, "Dinero takes a payment on a " + payment.amount()
                    .currency() + " invoice only with its amount in DKK as well, which the booking does not carry");
        }
        String what = "POST /v1/" + client.organisationId() + "/invoices/" + payment.documentExternalId()
                + "/payments";
        for (int attempt = 1; ; attempt++) {
            Optional<BookedDocument> earlier = registered(payment);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            Answer answer = postPayment(payment);
            if (answer.ok()) {
                JsonNode created = DineroJson.parse(answer.body(), what);
                return new BookedDocument(DineroJson.text(created, "Guid", what), null, BookedDocument.State.BOOKED);
            }
            // A 400 may hide a payment that got through (a retried POST quoted the TimeStamp the first one moved)
            // or an invoice changed meanwhile: look again and send once more with its current TimeStamp.
            if (answer.status() != 400 || attempt == 2) {
                Optional<BookedDocument> found = answer.status() == 400 ? registered(payment) : Optional.empty();
                return found.orElseThrow(() -> client.refused(answer, what, noInvoice(payment)));
            }
        }
    }

    private Answer postPayment(PaymentRegistration payment) {
        String invoicePath = "/v1/" + client.organisationId() + "/invoices/" + payment.documentExternalId();
        String what = "GET " + invoicePath;
        Answer invoice = client.call("GET", invoicePath, null, what);
        if (!invoice.ok()) {
            throw client.refused(invoice, what, noInvoice(payment));
        }
        String timestamp = DineroJson.text(DineroJson.parse(invoice.body(), what), "TimeStamp", what);
        String path = invoicePath + "/payments";
        return client.call("POST", path, DineroJson.bytes(DineroBookingModels.payment(payment, timestamp)),
                "POST " + path);
    }

    /** The payment on the invoice that carries this booking's ExternalReference, if any. */
    private Optional<BookedDocument> registered(PaymentRegistration payment) {
        String path = "/v2/" + client.organisationId() + "/invoices/" + payment.documentExternalId() + "/payments";
        String what = "GET " + path;
        String reference = DineroBookingModels.externalReference(payment.key());
        for (JsonNode item : client.get(path, java.util.Map.of(), what, noInvoice(payment)).path("Payments")) {
            if (reference.equals(DineroJson.optionalText(item, "ExternalReference"))) {
                return Optional.of(new BookedDocument(DineroJson.text(item, "Guid", what), null,
                        BookedDocument.State.BOOKED));
            }
        }
        return Optional.empty();
    }

    private static VoucherState state(JsonNode voucher, String what) {
        String status = DineroJson.text(voucher, "Status", what);
        boolean booked = !status.equalsIgnoreCase("Draft");
        return new VoucherState(DineroJson.text(voucher, "Guid", what), booked,
                booked ? DineroJson.integer(voucher, "Number", what) : 0,
                DineroJson.text(voucher, "TimeStamp", what));
    }

    private String noOrganisation() {
        return "Dinero has no organisation " + client.organisationId() + " for these credentials";
    }

    private String noInvoice(PaymentRegistration payment) {
        return "Dinero has no invoice " + payment.documentExternalId() + " in organisation "
                + client.organisationId() + " to register the payment on";
    }
}
