package org.reskontro.simulator.dinero;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

/** The endpoints under /{version}/{organizationId}/…, once the caller may reach the organisation. */
final class OrganisationRoutes {

    private OrganisationRoutes() {
    }

    static ApiResponse handle(OrganisationBooks books, ApiRequest request, LocalDate today, Instant now) {
        String[] s = request.segments();
        String route = s[0] + " " + String.join("/", Arrays.copyOfRange(s, 2, s.length))
                .replaceAll("[0-9a-fA-F]{8}-[0-9a-fA-F-]{27}", "{guid}");
        if ("POST".equals(request.method())) {
            return post(books, request, route, s, today, now);
        }
        if (!"GET".equals(request.method())) {
            throw new ApiException(405, "MethodNotAllowed",
                    "The simulator serves only GET and POST under /" + s[0] + "/" + s[1] + "/…");
        }
        return switch (route) {
            case "v1 contacts" -> ContactListEndpoint.list(books, request);
            case "v1 invoices" -> VoucherListEndpoint.list(books, DineroDocumentKind.INVOICE, request, today);
            case "v1 sales/creditnotes" ->
                VoucherListEndpoint.list(books, DineroDocumentKind.CREDIT_NOTE, request, today);
            case "v2 invoices/{guid}/payments" -> payments(books, DineroDocumentKind.INVOICE, s[3]);
            case "v1 sales/creditnotes/{guid}/payments" -> payments(books, DineroDocumentKind.CREDIT_NOTE, s[4]);
            case "v1 invoices/{guid}" -> invoice(books, request, s[3], today);
            case "v1 sales/creditnotes/{guid}" -> ApiResponse.json(200, VoucherReadModels.creditNote(
                    VoucherBookEndpoint.live(books, DineroDocumentKind.CREDIT_NOTE, s[4]), today));
            case "v1 entries" -> EntryListEndpoint.list(books, request, today);
            case "v1 entries/changes" -> EntryChangesEndpoint.list(books, request, today, now);
            case "v1 accountingyears" -> AccountingYears.list(books, today);
            case "v1 accounts/entry" -> EntryAccountListEndpoint.list(request);
            case "v1 sales/creditnotes/{guid}/pdf" -> creditNotePdf(books, s[4]);
            default -> throw ApiException.notFound("The simulator has no endpoint GET " + request.path());
        };
    }

    private static ApiResponse post(OrganisationBooks books, ApiRequest request, String route, String[] s,
            LocalDate today, Instant now) {
        return switch (route) {
            case "v1 invoices" -> VoucherCreateEndpoint.invoice(books, request, today, now);
            case "v1 sales/creditnotes" -> VoucherCreateEndpoint.creditNote(books, request, today, now);
            case "v1 invoices/{guid}/book" ->
                VoucherBookEndpoint.book(books, DineroDocumentKind.INVOICE, s[3], request, today, now);
            case "v1 sales/creditnotes/{guid}/book" ->
                VoucherBookEndpoint.book(books, DineroDocumentKind.CREDIT_NOTE, s[4], request, today, now);
            case "v1 invoices/{guid}/payments" -> PaymentCreateEndpoint.create(books, s[3], request, today, now);
            default -> throw ApiException.notFound("The simulator has no endpoint POST " + request.path());
        };
    }

    private static ApiResponse payments(OrganisationBooks books, DineroDocumentKind kind, String guid) {
        return ApiResponse.json(200, ReadModels.payments(document(books, kind, guid)));
    }

    /**
     * "Get invoice as json or pdf": the Accept header chooses; without either media type the simulator answers 406
     * rather than guess. A deleted invoice is not found as JSON (it is gone for a client), as before for the PDF.
     */
    private static ApiResponse invoice(OrganisationBooks books, ApiRequest request, String guid, LocalDate today) {
        String accept = request.header("Accept").orElse("");
        if (accept.contains("application/json") && !accept.contains("application/octet-stream")) {
            return ApiResponse.json(200, VoucherReadModels.invoice(
                    VoucherBookEndpoint.live(books, DineroDocumentKind.INVOICE, guid), today));
        }
        DineroDocument invoice = document(books, DineroDocumentKind.INVOICE, guid);
        if (!accept.contains("application/octet-stream")) {
            throw new ApiException(406, "NotAcceptable",
                    "Send Accept: application/json for the invoice or application/octet-stream for its PDF");
        }
        if (!invoice.booked()) {
            throw ApiException.badRequest("InvoiceNotBooked", "PDF's can only be generated from booked invoices");
        }
        return pdf(books, invoice, "Faktura");
    }

    /** "Get credit note as pdf": the contract names no Accept header and no content type for it. */
    private static ApiResponse creditNotePdf(OrganisationBooks books, String guid) {
        DineroDocument creditNote = document(books, DineroDocumentKind.CREDIT_NOTE, guid);
        if (!creditNote.booked()) {
            throw ApiException.badRequest("CreditNoteNotBooked",
                    "PDF's can only be generated from booked credit notes");
        }
        return pdf(books, creditNote, "Kreditnota");
    }

    private static ApiResponse pdf(OrganisationBooks books, DineroDocument document, String fileName) {
        byte[] pdf = InvoicePdf.render(books.name(), document);
        String disposition = "attachment; filename=\"" + fileName + "-" + document.number() + ".pdf\"";
        return new ApiResponse(200, "application/octet-stream", pdf, Map.of("Content-Disposition", disposition),
                false);
    }

    private static DineroDocument document(OrganisationBooks books, DineroDocumentKind kind, String guid) {
        String what = kind == DineroDocumentKind.INVOICE ? "invoice" : "credit note";
        try {
            return books.document(UUID.fromString(guid)).filter(d -> d.kind() == kind)
                    .orElseThrow(() -> ApiException.notFound("Organisation " + books.organisationId() + " has no "
                            + what + " " + guid));
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("'" + guid + "' is not a " + what + " guid");
        }
    }
}
