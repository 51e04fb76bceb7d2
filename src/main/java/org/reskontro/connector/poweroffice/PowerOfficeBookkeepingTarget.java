package org.reskontro.connector.poweroffice;

import java.util.Map;
import java.util.Optional;
import org.reskontro.bookkeeping.spi.BookedDocument;
import org.reskontro.bookkeeping.spi.Booking;
import org.reskontro.bookkeeping.spi.BookkeepingTarget;
import org.reskontro.bookkeeping.spi.ChargeCreditNote;
import org.reskontro.bookkeeping.spi.ChargeInvoice;
import org.reskontro.bookkeeping.spi.PaymentRegistration;
import org.reskontro.ledger.spi.AccountingSystemException;
import org.reskontro.ledger.spi.AccountingSystemException.Category;
import tools.jackson.databind.JsonNode;

/**
 * One write session on a PowerOffice Go client: the client check first (no booking lands in another company's
 * books), then each booking by kind. Every book() looks up the key before it creates anything, so asking again
 * after an unknown outcome finishes the same document instead of making a second one.
 */
final class PowerOfficeBookkeepingTarget implements BookkeepingTarget {

    private final PowerOfficeApiClient client;
    private final PowerOfficeTransport transport;
    private final PowerOfficeClientCheck clientCheck;
    private final PowerOfficeChargeDocuments charges;
    private final PowerOfficePayments payments;

    PowerOfficeBookkeepingTarget(PowerOfficeApiClient client, PowerOfficeTransport transport, int pageSize,
            String organisationNumber) {
        this.client = client;
        this.transport = transport;
        this.clientCheck = new PowerOfficeClientCheck(client, organisationNumber);
        PowerOfficePages pages = new PowerOfficePages(client, pageSize);
        PowerOfficeChart chart = new PowerOfficeChart(client, pages, clientCheck.noClient());
        this.charges = new PowerOfficeChargeDocuments(client, pages, chart, clientCheck.noClient());
        this.payments = new PowerOfficePayments(client, pages, chart, clientCheck.noClient());
    }

    @Override
    public BookedDocument book(Booking booking) {
        clientCheck.ensure();
        return switch (booking) {
            case ChargeInvoice invoice -> charges.book(draft(invoice));
            case ChargeCreditNote note -> charges.book(draft(note));
            case PaymentRegistration payment -> payments.book(payment);
        };
    }

    @Override
    public Optional<BookedDocument> find(Booking booking) {
        clientCheck.ensure();
        return switch (booking) {
            case ChargeInvoice invoice -> charges.find(invoice.key());
            case ChargeCreditNote note -> charges.find(note.key());
            case PaymentRegistration payment -> payments.find(payment);
        };
    }

    /** Sales orders left in Draft are PowerOffice Go's invoice drafts: a bookkeeper sends (approves) them. */
    @Override
    public boolean acceptsProposals() {
        return true;
    }

    @Override
    public int requestCount() {
        return transport.requestCount();
    }

    private static PowerOfficeChargeDocuments.Draft draft(ChargeInvoice invoice) {
        return new PowerOfficeChargeDocuments.Draft(invoice.key(), invoice.mode(), customerId(
                invoice.customerExternalId(), invoice), invoice.date(), invoice.dueDate(), null, invoice.text(),
                invoice.lines(), false);
    }

    /** The credited invoice names the customer and the number the credit note refers to (RelatedInvoiceNo). */
    private PowerOfficeChargeDocuments.Draft draft(ChargeCreditNote note) {
        String id = note.creditedDocumentExternalId();
        String what = "GET /OutgoingInvoices/" + id;
        JsonNode credited;
        try {
            credited = PowerOfficeJson.parse(client.get("/OutgoingInvoices/" + id, Map.of(), "application/json", what,
                    "PowerOffice Go has no invoice " + id + " for credit note " + note.key() + " to reverse").body(),
                    what);
        } catch (AccountingSystemException e) {
            throw e.category() == Category.NOT_FOUND ? new AccountingSystemException(Category.REJECTED,
                    e.getMessage()) : e;
        }
        long customer = PowerOfficeJson.integer(credited, "CustomerId", what);
        if (note.customerExternalId() != null && !note.customerExternalId().equals(String.valueOf(customer))) {
            throw new AccountingSystemException(Category.REJECTED, "Credit note " + note.key() + " is for customer "
                    + note.customerExternalId() + " but invoice " + id + " belongs to customer " + customer);
        }
        return new PowerOfficeChargeDocuments.Draft(note.key(), note.mode(), customer, note.date(), note.date(),
                PowerOfficeJson.optionalInteger(credited, "InvoiceNo", what), note.text(), note.lines(), true);
    }

    private static long customerId(String externalId, Booking booking) {
        try {
            return Long.parseLong(externalId);
        } catch (NumberFormatException e) {
            throw new AccountingSystemException(Category.REJECTED, "Booking " + booking.key() + " names customer '"
                    + externalId + "', which is no PowerOffice Go contact id");
        }
    }
}
