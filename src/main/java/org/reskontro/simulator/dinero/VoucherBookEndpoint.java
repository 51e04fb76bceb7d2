package org.reskontro.simulator.dinero;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * POST /v1/{org}/invoices/{guid}/book and POST /v1/{org}/sales/creditnotes/{guid}/book (BookModel): gives a draft
 * the kind's next number and puts it in the books (lists, balances, ledger entries). The Timestamp must be the
 * voucher's current one, else 400 TimestampOutdated (Dinero's error code 58); a voucher booked already is refused
 * with 400 AlreadyBooked, so a repeated booking changes nothing. Both kinds answer with an InvoiceReadModel, as the
 * contract documents it. BookModel's optional Number is not simulated.
 */
final class VoucherBookEndpoint {

    private VoucherBookEndpoint() {
    }

    static ApiResponse book(OrganisationBooks books, DineroDocumentKind kind, String guid, ApiRequest request,
            LocalDate today, Instant now) {
        JsonBody body = JsonBody.parse(request, "BookModel");
        String timestamp = body.text("Timestamp", true);
        if (body.integer("Number", false) != null) {
            body.problem("Number: choosing the voucher number is not simulated");
        }
        body.check();
        synchronized (books) {
            DineroDocument document = live(books, kind, guid);
            if (document.booked()) {
                throw ApiException.badRequest("AlreadyBooked", "The " + what(kind) + " " + guid
                        + " is already booked (number " + document.number() + ")");
            }
            requireCurrent(document, timestamp);
            books.book(document.guid(), now);
            return ApiResponse.json(200, VoucherReadModels.invoice(books.document(document.guid()).orElseThrow(),
                    today));
        }
    }

    /** A voucher that exists and is not deleted, of the kind the path names: else 404. */
    static DineroDocument live(OrganisationBooks books, DineroDocumentKind kind, String guid) {
        UUID id;
        try {
            id = UUID.fromString(guid);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("'" + guid + "' is not a " + what(kind) + " guid");
        }
        return books.document(id).filter(d -> d.kind() == kind && !d.deleted())
                .orElseThrow(() -> ApiException.notFound("Organisation " + books.organisationId() + " has no "
                        + what(kind) + " " + guid));
    }

    static void requireCurrent(DineroDocument document, String timestamp) {
        if (!document.timestamp().equalsIgnoreCase(timestamp)) {
            throw ApiException.badRequest("TimestampOutdated", "Timestamp " + timestamp + " is outdated: the "
                    + what(document.kind()) + " has changed since (its TimeStamp is now " + document.timestamp()
                    + "); get it again and use its current TimeStamp");
        }
    }

    static String what(DineroDocumentKind kind) {
        return kind == DineroDocumentKind.INVOICE ? "invoice" : "credit note";
    }
}
