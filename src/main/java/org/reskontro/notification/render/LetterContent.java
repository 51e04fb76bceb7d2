package org.reskontro.notification.render;

import java.util.List;
import java.util.Locale;

/**
 * Everything a letter says, worded in its language and formatted: the PDF and the e-mail's text are both laid out
 * from this, so they never say different things. Optional parts are null (or empty lists).
 */
public record LetterContent(Locale language, String fileName, String subject, String title, String senderName,
                            List<String> senderLines, byte[] logoPng, String returnAddress,
                            List<String> recipientLines, String dateLabel, String date, String greeting,
                            String intro, Headings headings, boolean showCharges, List<Row> rows, String totalLabel,
                            String total, String deadline, List<Field> paymentBox, String payment,
                            String closingHeading, String closingText, String regards, String attachedPdf,
                            String footer) {

    /** Column headings of the lines table. */
    public record Headings(String document, String documentDate, String dueDate, String open, String fee,
                           String interest, String lineTotal) {
    }

    /** One formatted line; {@code note} and {@code explanation} may be null. */
    public record Row(String document, String note, String documentDate, String dueDate, String open, String fee,
                      String interest, String lineTotal, String explanation) {
    }

    /** A label and its value, as in the payment box. */
    public record Field(String label, String value) {
    }
}
