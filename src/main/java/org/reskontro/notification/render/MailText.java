package org.reskontro.notification.render;

/**
 * The e-mail's plain-text body: the letter's words and lines in reading order, so a reader without the PDF (or
 * without a PDF viewer) still sees what is owed, by when and how to pay.
 */
public final class MailText {

    private MailText() {
    }

    public static String of(LetterContent letter) {
        StringBuilder text = new StringBuilder(1024);
        text.append(letter.greeting()).append("\n\n").append(letter.intro()).append("\n\n");
        for (LetterContent.Row row : letter.rows()) {
            text.append(letter.headings().document()).append(' ').append(row.document());
            if (!row.documentDate().isEmpty()) {
                text.append(", ").append(letter.headings().documentDate()).append(' ').append(row.documentDate());
            }
            if (!row.dueDate().isEmpty()) {
                text.append(", ").append(letter.headings().dueDate()).append(' ').append(row.dueDate());
            }
            text.append(": ").append(letter.headings().open()).append(' ').append(row.open());
            if (letter.showCharges()) {
                text.append(", ").append(letter.headings().fee()).append(' ').append(row.fee())
                        .append(", ").append(letter.headings().interest()).append(' ').append(row.interest())
                        .append(", ").append(letter.headings().lineTotal()).append(' ').append(row.lineTotal());
            }
            text.append('\n');
            if (row.note() != null) {
                text.append("  ").append(row.note()).append('\n');
            }
            if (row.explanation() != null) {
                text.append("  ").append(row.explanation()).append('\n');
            }
        }
        text.append(letter.totalLabel()).append(": ").append(letter.total()).append("\n\n");
        if (letter.deadline() != null) {
            text.append(letter.deadline()).append("\n\n");
        }
        for (LetterContent.Field field : letter.paymentBox()) {
            text.append(field.label()).append(": ").append(field.value()).append('\n');
        }
        if (!letter.paymentBox().isEmpty()) {
            text.append('\n');
        }
        if (letter.payment() != null) {
            text.append(letter.payment()).append("\n\n");
        }
        if (letter.closingHeading() != null) {
            text.append(letter.closingHeading()).append('\n');
        }
        if (letter.closingText() != null) {
            text.append(letter.closingText()).append("\n\n");
        }
        text.append(letter.regards()).append('\n').append(letter.senderName()).append('\n');
        letter.senderLines().forEach(line -> text.append(line).append('\n'));
        text.append('\n').append(letter.attachedPdf()).append('\n');
        return text.toString();
    }
}
