package org.reskontro.simulator.poweroffice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * GET /VoucherDocumentation (what documentation a voucher has) and GET /VoucherDocumentation/Download ("voucher
 * documentation files as single zip file"): for a sent invoice or credit note, a zip holding its PDF.
 */
final class DocumentationEndpoints {

    private static final List<String> TYPES = List.of("Ehf", "Pdf", "Images", "All");

    private DocumentationEndpoints() {
    }

    static ApiResponse list(ClientBooks books, ApiRequest request) {
        ResourcePage page = ResourcePage.of(request);
        Optional<UUID> id = request.param("id").map(text -> QueryValues.id(text, "id"));
        Long voucherNo = QueryValues.number(request, "voucherNo");
        List<OutgoingInvoice> matching = books.invoices().stream()
                .filter(i -> id.isEmpty() || i.id().equals(id.get()))
                .filter(i -> voucherNo == null || i.voucherNo() == voucherNo)
                .toList();
        return page.render(matching, Dtos::voucherDocumentation, request);
    }

    static ApiResponse download(ClientBooks books, ApiRequest request) {
        UUID id = QueryValues.id(request.param("id").orElseThrow(() -> Problem.badRequest("The id field is required.")),
                "id");
        String type = request.param("documentationType").orElse("All");
        if (TYPES.stream().noneMatch(type::equalsIgnoreCase)) {
            throw Problem.badRequest("The value '" + type + "' is not valid for documentationType.");
        }
        OutgoingInvoice invoice = books.invoice(id).orElseThrow(() -> new Problem(400, "Object(s) not found",
                "Voucher with id = " + id + " not found.")); // the operation documents 400, not 404
        if (!type.equalsIgnoreCase("Pdf") && !type.equalsIgnoreCase("All")) {
            return ApiResponse.noContent(); // a sent invoice has a PDF, no EHF and no images
        }
        PowerOfficeCustomer customer = books.findCustomer(invoice.customerId()).orElseThrow();
        String name = (invoice.creditNote() ? "Kreditnota-" : "Faktura-") + invoice.invoiceNo() + ".pdf";
        byte[] zip = zip(name, VoucherPdf.render(books.client(), customer, invoice));
        return new ApiResponse(200, "application/zip", zip, Map.of("Content-Disposition",
                "attachment; filename=\"" + invoice.voucherNo() + ".zip\""), false);
    }

    private static byte[] zip(String name, byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(name));
            out.write(content);
            out.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
