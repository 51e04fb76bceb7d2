package org.reskontro.simulator.dinero;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal, valid one-page PDF 1.4 of an invoice or credit note: catalog, page tree, one page, Helvetica in
 * WinAnsiEncoding (so æ, ø and å print), one content stream and an exact cross-reference table.
 */
final class InvoicePdf {

    private InvoicePdf() {
    }

    static byte[] render(String organisationName, DineroDocument invoice) {
        boolean creditNote = invoice.kind() == DineroDocumentKind.CREDIT_NOTE;
        List<String> lines = new ArrayList<>(List.of(organisationName,
                (creditNote ? "Kreditnota nr. " : "Faktura nr. ") + invoice.number(),
                "Kunde: " + invoice.contactName(), (creditNote ? "Dato: " : "Fakturadato: ") + invoice.date()));
        if (invoice.paymentDate() != null) {
            lines.add("Betalingsdato: " + invoice.paymentDate());
        }
        lines.add("Total ekskl. moms: " + invoice.totalExclVat().toPlainString() + " " + invoice.currency());
        lines.add("Total inkl. moms: " + invoice.totalInclVat().toPlainString() + " " + invoice.currency());
        StringBuilder content = new StringBuilder("BT\n/F1 20 Tf\n56 780 Td\n24 TL\n");
        for (String line : lines) {
            content.append('(').append(escape(line)).append(") Tj T*\n");
        }
        content.append("ET\n");
        byte[] stream = content.toString().getBytes(StandardCharsets.ISO_8859_1);
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
                        + " /Contents 5 0 R >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
                "<< /Length " + stream.length + " >>\nstream\n" + new String(stream, StandardCharsets.ISO_8859_1)
                        + "endstream");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        write(pdf, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.size());
            write(pdf, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = pdf.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        write(pdf, table.toString());
        return pdf.toByteArray();
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '(' || c == ')' || c == '\\') {
                escaped.append('\\').append(c);
            } else {
                escaped.append(c < 256 ? c : '?');
            }
        }
        return escaped.toString();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
