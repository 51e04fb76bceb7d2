package org.reskontro.notification.render;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A letter as an A4 PDF. The first page has the creditor's logo (or name) and contact details at the top and the
 * recipient's address where a window envelope shows it (DIN 5008 form B: 20 mm from the left edge, 45 mm from the
 * top, 85 × 45 mm, with the return address in its first line); the text, the lines table, the payment box and the
 * closing flow below it and onto further pages, which repeat the table's headings and carry the creditor in the
 * footer. Standard Helvetica (not embedded) keeps a letter small and fast to make.
 */
public final class LetterPdf {

    private static final float MM = 72f / 25.4f;
    private static final float MARGIN = 20 * MM;
    private static final float FIRST_PAGE_TOP = 100 * MM;
    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final Color RULE = new Color(0xbb, 0xbb, 0xbb);
    private static final Color SHADE = new Color(0xf2, 0xf2, 0xf2);
    private static final Font NORMAL = new Font(Font.HELVETICA, 10);
    private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font TABLE = new Font(Font.HELVETICA, 8.5f);
    private static final Font TABLE_BOLD = new Font(Font.HELVETICA, 8.5f, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 7.5f, Font.NORMAL, GREY);
    private static final Font EXPLANATION = new Font(Font.HELVETICA, 7.5f, Font.ITALIC, GREY);
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font NAME = new Font(Font.HELVETICA, 14, Font.BOLD);

    private LetterPdf() {
    }

    public static byte[] render(LetterContent letter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, FIRST_PAGE_TOP, MARGIN + 8 * MM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new Footer(PdfText.clean(letter.footer())));
        document.addTitle(PdfText.clean(letter.title()));
        document.addAuthor(PdfText.clean(letter.senderName()));
        document.addSubject(PdfText.clean(letter.subject()));
        document.open();
        // Later pages need no room for the letterhead and the address window.
        document.setMargins(MARGIN, MARGIN, MARGIN, MARGIN + 8 * MM);
        letterhead(writer.getDirectContent(), letter);
        body(document, letter);
        document.close();
        return out.toByteArray();
    }

    private static void letterhead(PdfContentByte canvas, LetterContent letter) {
        float top = PageSize.A4.getHeight() - 15 * MM;
        if (letter.logoPng() != null) {
            logo(canvas, letter.logoPng(), top);
        } else {
            block(canvas, MARGIN, top, 100 * MM, List.of(new Phrase(PdfText.clean(letter.senderName()), NAME)));
        }
        Paragraph contact = new Paragraph();
        if (letter.logoPng() != null) { // without a logo the name already heads the page
            contact.add(new Phrase(PdfText.clean(letter.senderName()) + "\n", BOLD));
        }
        contact.add(new Phrase(PdfText.clean(String.join("\n", letter.senderLines())), SMALL));
        contact.setLeading(10);
        column(canvas, 125 * MM, top, 65 * MM, 35 * MM, contact, Element.ALIGN_RIGHT);

        float window = PageSize.A4.getHeight() - 45 * MM;
        block(canvas, MARGIN, window, 85 * MM, List.of(new Phrase(PdfText.clean(letter.returnAddress()), SMALL)));
        column(canvas, MARGIN, window - 7 * MM, 85 * MM, 38 * MM,
                new Paragraph(PdfText.clean(String.join("\n", letter.recipientLines())), NORMAL), Element.ALIGN_LEFT);
        column(canvas, 125 * MM, window - 7 * MM, 65 * MM, 10 * MM,
                new Paragraph(PdfText.clean(letter.dateLabel() + ": " + letter.date()), NORMAL), Element.ALIGN_RIGHT);
    }

    private static void logo(PdfContentByte canvas, byte[] png, float top) {
        try {
            Image image = Logos.of(png);
            image.scaleToFit(45 * MM, 18 * MM);
            image.setAbsolutePosition(MARGIN, top - image.getScaledHeight());
            canvas.addImage(image);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("The creditor's logo is not a readable PNG image: " + e.getMessage(), e);
        }
    }

    private static void body(Document document, LetterContent letter) {
        add(document, paragraph(letter.title(), TITLE, 10));
        add(document, paragraph(letter.greeting(), NORMAL, 6));
        add(document, paragraph(letter.intro(), NORMAL, 10));
        if (!letter.rows().isEmpty()) {
            add(document, LinesTable.of(letter));
        }
        if (letter.deadline() != null) {
            add(document, paragraph(letter.deadline(), BOLD, 8));
        }
        if (!letter.paymentBox().isEmpty()) {
            add(document, paymentBox(letter.paymentBox()));
        }
        if (letter.payment() != null) {
            add(document, paragraph(letter.payment(), NORMAL, 10));
        }
        if (letter.closingHeading() != null) {
            add(document, paragraph(letter.closingHeading(), BOLD, 4));
        }
        if (letter.closingText() != null) {
            add(document, paragraph(letter.closingText(), NORMAL, 10));
        }
        add(document, paragraph(letter.regards(), NORMAL, 2));
        add(document, paragraph(letter.senderName(), BOLD, 0));
    }

    private static PdfPTable paymentBox(List<LetterContent.Field> fields) {
        PdfPTable box = new PdfPTable(new float[] {1.2f, 2f});
        box.setTotalWidth(95 * MM);
        box.setLockedWidth(true);
        box.setHorizontalAlignment(Element.ALIGN_LEFT);
        box.setSpacingAfter(8);
        for (LetterContent.Field field : fields) {
            box.addCell(boxCell(field.label(), TABLE));
            box.addCell(boxCell(field.value(), TABLE_BOLD));
        }
        return box;
    }

    private static PdfPCell boxCell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(PdfText.clean(text), font));
        cell.setBackgroundColor(SHADE);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(4);
        return cell;
    }

    static Paragraph paragraph(String text, Font font, float spacingAfter) {
        Paragraph paragraph = new Paragraph(PdfText.clean(text), font);
        paragraph.setSpacingAfter(spacingAfter);
        paragraph.setLeading(font.getSize() * 1.3f);
        return paragraph;
    }

    private static void block(PdfContentByte canvas, float x, float top, float width, List<Phrase> phrases) {
        Paragraph paragraph = new Paragraph();
        phrases.forEach(paragraph::add);
        column(canvas, x, top, width, 10 * MM, paragraph, Element.ALIGN_LEFT);
    }

    private static void column(PdfContentByte canvas, float x, float top, float width, float height,
                               Paragraph text, int alignment) {
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(x, top - height, x + width, top);
        text.setAlignment(alignment);
        column.addElement(text);
        try {
            column.go();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not lay out the letterhead", e);
        }
    }

    private static void add(Document document, Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not lay out the letter", e);
        }
    }

    static Color rule() {
        return RULE;
    }

    static Font tableFont(boolean bold) {
        return bold ? TABLE_BOLD : TABLE;
    }

    static Font explanationFont() {
        return EXPLANATION;
    }

    static Font smallFont() {
        return SMALL;
    }

    /** The creditor and the page number at the foot of every page, so loose pages of a batch find their letter. */
    private static final class Footer extends PdfPageEventHelper {

        private final String text;

        Footer(String text) {
            this.text = text;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT,
                    new Phrase(text + "  ·  " + writer.getPageNumber(), SMALL), MARGIN, 12 * MM, 0);
        }
    }
}
