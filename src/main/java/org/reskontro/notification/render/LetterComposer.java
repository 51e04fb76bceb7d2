package org.reskontro.notification.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reskontro.notification.NoticeKind;
import org.reskontro.notification.NoticeLine;
import org.reskontro.notification.NoticeRequest;
import org.reskontro.notification.Recipient;
import org.reskontro.notification.Sender;
import org.reskontro.shared.Money;
import org.springframework.context.MessageSource;

/**
 * Words a notice in its language from the {@code i18n/notification} bundle: one set of texts per kind (title,
 * subject, introduction, deadline sentence, file name) and the texts every kind shares (greeting, table headings,
 * payment box and sentence, closing).
 */
public final class LetterComposer {

    private final MessageSource messages;

    public LetterComposer(MessageSource messages) {
        this.messages = messages;
    }

    public LetterContent compose(NoticeRequest request) {
        Locale language = Languages.of(request.language());
        Texts texts = new Texts(messages, language);
        Formats formats = new Formats(language, texts.get("notification.format.date"),
                texts.get("notification.format.shortDate"));
        String kind = "notification." + request.kind().name();
        Sender sender = request.sender();
        String date = formats.date(request.date());
        String deadline = formats.date(request.deadline());
        String total = formats.money(request.total());
        boolean showCharges = request.lines().stream().anyMatch(line -> charged(line.fee()) || charged(line.interest()));
        List<LetterContent.Row> rows = request.lines().stream().map(line -> row(line, formats)).toList();
        return new LetterContent(language,
                texts.get(kind + ".fileName") + "-" + request.date() + ".pdf",
                texts.get(kind + ".subject", sender.name()),
                texts.get(kind + ".title"),
                sender.name(), senderLines(sender, texts), sender.logoPng(), returnAddress(sender),
                recipientLines(request.recipient()),
                texts.get("notification.date"), date,
                texts.get("notification.greeting", request.recipient().name()),
                texts.get(kind + ".intro", date),
                headings(texts), showCharges, rows,
                texts.get("notification.table.total"), total,
                request.deadline() == null ? null : texts.get(kind + ".deadline", deadline, total),
                paymentBox(request, texts, total, deadline),
                payment(request, texts, total),
                request.closingText() == null || request.kind() != NoticeKind.OUTSTANDING_LIST ? null
                        : texts.get("notification.nextSteps"),
                request.closingText(),
                texts.get("notification.closing"),
                texts.get("notification.attachedPdf"),
                footer(sender, texts));
    }

    private static LetterContent.Headings headings(Texts texts) {
        return new LetterContent.Headings(texts.get("notification.table.document"),
                texts.get("notification.table.documentDate"), texts.get("notification.table.dueDate"),
                texts.get("notification.table.open"), texts.get("notification.table.fee"),
                texts.get("notification.table.interest"), texts.get("notification.table.lineTotal"));
    }

    private static LetterContent.Row row(NoticeLine line, Formats formats) {
        Money none = Money.zero(line.open().currency());
        return new LetterContent.Row(line.documentNumber(), line.note(), formats.shortDate(line.documentDate()),
                formats.shortDate(line.dueDate()), formats.amount(line.open()),
                formats.amount(line.fee() == null ? none : line.fee()),
                formats.amount(line.interest() == null ? none : line.interest()), formats.amount(line.total()),
                line.interestExplanation());
    }

    private static List<LetterContent.Field> paymentBox(NoticeRequest request, Texts texts, String total,
                                                        String deadline) {
        if (!request.kind().asksForPayment()) {
            return List.of();
        }
        List<LetterContent.Field> box = new ArrayList<>();
        box.add(new LetterContent.Field(texts.get("notification.payment.amount"), total));
        if (present(request.sender().paymentAccount())) {
            box.add(new LetterContent.Field(texts.get("notification.payment.account"),
                    request.sender().paymentAccount()));
        }
        if (request.paymentReference() != null) {
            box.add(new LetterContent.Field(request.paymentReferenceLabel(), request.paymentReference()));
        }
        if (request.deadline() != null) {
            box.add(new LetterContent.Field(texts.get("notification.payment.deadline"), deadline));
        }
        return List.copyOf(box);
    }

    private static String payment(NoticeRequest request, Texts texts, String total) {
        String account = request.sender().paymentAccount();
        if (!request.kind().asksForPayment() || !present(account)) {
            return null;
        }
        return request.paymentReference() == null
                ? texts.get("notification.payment.withoutReference", total, account)
                : texts.get("notification.payment.withReference", total, account, request.paymentReferenceLabel(),
                        request.paymentReference());
    }

    private static List<String> senderLines(Sender sender, Texts texts) {
        List<String> lines = new ArrayList<>(sender.address());
        if (present(sender.organisationNumber())) {
            lines.add(texts.get("notification.organisationNumber", sender.organisationNumber()));
        }
        if (present(sender.phone())) {
            lines.add(texts.get("notification.phone", sender.phone()));
        }
        if (present(sender.email())) {
            lines.add(texts.get("notification.email", sender.email()));
        }
        return List.copyOf(lines);
    }

    private static String returnAddress(Sender sender) {
        List<String> parts = new ArrayList<>();
        parts.add(sender.name());
        parts.addAll(sender.address());
        return String.join(" · ", parts);
    }

    private static List<String> recipientLines(Recipient recipient) {
        List<String> lines = new ArrayList<>();
        lines.add(recipient.name());
        lines.addAll(recipient.address());
        return List.copyOf(lines);
    }

    private static String footer(Sender sender, Texts texts) {
        String footer = sender.name();
        if (present(sender.organisationNumber())) {
            footer += " · " + texts.get("notification.organisationNumber", sender.organisationNumber());
        }
        return footer;
    }

    private static boolean charged(Money amount) {
        return amount != null && !amount.isZero();
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /** The bundle in one language; a missing key is a bug that MessagesTests and the rendering tests catch. */
    private record Texts(MessageSource messages, Locale language) {
        String get(String key, Object... args) {
            return messages.getMessage(key, args, language);
        }
    }
}
