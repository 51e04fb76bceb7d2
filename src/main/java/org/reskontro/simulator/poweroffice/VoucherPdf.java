package org.reskontro.simulator.poweroffice;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-page PDF 1.4 of a sent invoice or credit note, in Norwegian: seller, customer, dates, amounts and the KID.
 * Helvetica in WinAnsiEncoding, so æ, ø and å print; the cross-reference table has exact offsets.
 */
final class VoucherPdf {

    private VoucherPdf() {
    }

    static byte[] render(PowerOfficeClient seller, PowerOfficeCustomer customer, OutgoingInvoice invoice) {
        List<String> lines = new ArrayList<>(List.of(seller.name() + "  (org.nr. " + seller.organisationNumber() + ")",
                (invoice.creditNote() ? "Kreditnota nr. " : "Faktura nr. ") + invoice.invoiceNo(),
                "Kunde: " + customer.displayName() + " (kundenr. " + customer.number() + ")",
                (invoice.creditNote() ? "Dato: " : "Fakturadato: ") + invoice.voucherDate()));
        if (!invoice.creditNote()) {
            lines.add("Forfallsdato: " + invoice.dueDate());
        }
        lines.add("Sum eks. mva: " + invoice.net().abs().toPlainString() + " " + invoice.currencyCode());
        lines.add("Å betale: " + invoice.total().abs().toPlainString() + " " + invoice.currencyCode());
        if (!invoice.creditNote()) {
            lines.add("KID: " + invoice.cid());
        }
        StringBuilder text = new StringBuilder("BT\n/F1 16 Tf\n56 790 Td\n22 TL\n");
        lines.forEach(line -> text.append('(').append(escape(line)).append(") Tj T*\n"));
        text.append("ET\n");
        String stream = text.toString();
        List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
                        + " /Contents 5 0 R >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
                "<< /Length " + stream.getBytes(StandardCharsets.ISO_8859_1).length + " >>\nstream\n" + stream
                        + "endstream");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        append(pdf, "%PDF-1.4\n%\u00e6\u00f8\u00e5\u00c6\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.size());
            append(pdf, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = pdf.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        append(pdf, table.toString());
        return pdf.toByteArray();
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '(' || c == ')' || c == '\\') {
                escaped.append('\\');
            }
            escaped.append(c < 256 ? c : '?');
        }
        return escaped.toString();
    }

    private static void append(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
