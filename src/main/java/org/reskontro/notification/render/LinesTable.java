package org.reskontro.notification.render;

import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The invoices of a letter: number (with its note), dates and open amount; fee, interest and each line's total
 * only when some line carries a fee or interest. An interest explanation follows its line across the full width;
 * the total closes the table. The headings repeat on every page the table runs onto.
 */
final class LinesTable {

    private LinesTable() {
    }

    static PdfPTable of(LetterContent letter) {
        boolean charges = letter.showCharges();
        LetterContent.Headings h = letter.headings();
        PdfPTable table = charges ? new PdfPTable(new float[] {2.6f, 1.8f, 1.8f, 2f, 1.5f, 1.5f, 2f})
                : new PdfPTable(new float[] {3f, 2f, 2f, 2.4f});
        table.setWidthPercentage(100);
        table.setSpacingAfter(10);
        table.setHeaderRows(1);
        heading(table, h.document(), Element.ALIGN_LEFT);
        heading(table, h.documentDate(), Element.ALIGN_LEFT);
        heading(table, h.dueDate(), Element.ALIGN_LEFT);
        heading(table, h.open(), Element.ALIGN_RIGHT);
        if (charges) {
            heading(table, h.fee(), Element.ALIGN_RIGHT);
            heading(table, h.interest(), Element.ALIGN_RIGHT);
            heading(table, h.lineTotal(), Element.ALIGN_RIGHT);
        }
        for (LetterContent.Row row : letter.rows()) {
            Phrase document = new Phrase(PdfText.clean(row.document()), LetterPdf.tableFont(false));
            if (row.note() != null) {
                document.add(new Phrase("\n" + PdfText.clean(row.note()), LetterPdf.smallFont()));
            }
            table.addCell(cell(document, Element.ALIGN_LEFT, row.explanation() == null));
            table.addCell(text(row.documentDate(), Element.ALIGN_LEFT, row.explanation() == null));
            table.addCell(text(row.dueDate(), Element.ALIGN_LEFT, row.explanation() == null));
            table.addCell(text(row.open(), Element.ALIGN_RIGHT, row.explanation() == null));
            if (charges) {
                table.addCell(text(row.fee(), Element.ALIGN_RIGHT, row.explanation() == null));
                table.addCell(text(row.interest(), Element.ALIGN_RIGHT, row.explanation() == null));
                table.addCell(text(row.lineTotal(), Element.ALIGN_RIGHT, row.explanation() == null));
            }
            if (row.explanation() != null) {
                PdfPCell explanation = cell(new Phrase(PdfText.clean(row.explanation()), LetterPdf.explanationFont()),
                        Element.ALIGN_LEFT, true);
                explanation.setColspan(table.getNumberOfColumns());
                explanation.setPaddingLeft(10);
                explanation.setPaddingTop(0);
                table.addCell(explanation);
            }
        }
        PdfPCell label = cell(new Phrase(PdfText.clean(letter.totalLabel()), LetterPdf.tableFont(true)),
                Element.ALIGN_RIGHT, false);
        label.setColspan(table.getNumberOfColumns() - 1);
        label.setPaddingTop(5);
        table.addCell(label);
        PdfPCell total = cell(new Phrase(PdfText.clean(letter.total()), LetterPdf.tableFont(true)),
                Element.ALIGN_RIGHT, false);
        total.setPaddingTop(5);
        table.addCell(total);
        return table;
    }

    private static void heading(PdfPTable table, String text, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(PdfText.clean(text), LetterPdf.tableFont(true)));
        cell.setHorizontalAlignment(alignment);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(LetterPdf.rule());
        cell.setPaddingBottom(4);
        table.addCell(cell);
    }

    private static PdfPCell text(String text, int alignment, boolean ruled) {
        return cell(new Phrase(PdfText.clean(text), LetterPdf.tableFont(false)), alignment, ruled);
    }

    private static PdfPCell cell(Phrase phrase, int alignment, boolean ruled) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setHorizontalAlignment(alignment);
        cell.setBorder(ruled ? Rectangle.BOTTOM : Rectangle.NO_BORDER);
        cell.setBorderColor(LetterPdf.rule());
        cell.setPaddingTop(3);
        cell.setPaddingBottom(4);
        return cell;
    }
}
