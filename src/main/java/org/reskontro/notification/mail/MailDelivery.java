package org.reskontro.notification.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import org.reskontro.notification.Attachment;
import org.reskontro.notification.NoticeId;
import org.reskontro.notification.NotificationProperties;
import org.reskontro.notification.delivery.EmailAddresses;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands one e-mail to the SMTP server through Spring's {@link JavaMailSender} ({@code spring.mail.*}, or the demo
 * mail catcher): a text body, the letter's PDF and the notice's attachments, From Reskontro's address with the
 * creditor's name, Reply-To the creditor. Its Message-ID is the notice's, so a bounce finds its notice and every
 * attempt of one notice carries the same id (Spring keeps a Message-ID that was set before sending).
 */
@Component
public class MailDelivery {

    /** What the SMTP server said: accepted, or the error in a sentence. */
    public sealed interface Result {
        record Accepted() implements Result {
        }

        record Failed(String error) implements Result {
        }
    }

    private static final int MAX_ERROR_LENGTH = 500;

    private final ObjectProvider<JavaMailSender> senders;
    private final InternetAddress from;

    public MailDelivery(ObjectProvider<JavaMailSender> senders, NotificationProperties settings) {
        this.senders = senders;
        try {
            this.from = new InternetAddress(settings.from(), true);
        } catch (AddressException e) {
            throw new IllegalStateException("reskontro.notification.from is not an e-mail address: "
                    + settings.from(), e);
        }
    }

    /** The Message-ID of a notice's e-mail: {@code <notice.ID@domain of the From address>}. */
    public String messageId(NoticeId notice) {
        String address = from.getAddress();
        return "<notice." + notice + "@" + address.substring(address.lastIndexOf('@') + 1) + ">";
    }

    public Result send(OutgoingMail mail) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            return new Result.Failed("No SMTP server is configured (set spring.mail.host)");
        }
        try {
            sender.send(message(sender, mail));
            return new Result.Accepted();
        } catch (MailException | MessagingException | UnsupportedEncodingException e) {
            return new Result.Failed(describe(e));
        }
    }

    private MimeMessage message(JavaMailSender sender, OutgoingMail mail)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(new InternetAddress(from.getAddress(), mail.senderName(), StandardCharsets.UTF_8.name()));
        if (mail.replyTo() != null) {
            helper.setReplyTo(mail.replyTo());
        }
        helper.setTo(new InternetAddress(EmailAddresses.forSmtp(mail.to()), mail.recipientName(),
                StandardCharsets.UTF_8.name()));
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        helper.addAttachment(mail.pdfFileName(), new ByteArrayResource(mail.pdf()), "application/pdf");
        for (Attachment attachment : mail.attachments()) {
            helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
                    attachment.contentType());
        }
        message.setHeader("Message-ID", mail.messageId());
        return message;
    }

    /** The exception and its innermost cause, e.g. "MailSendException: … (ConnectException: Connection refused)". */
    static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = e.getClass().getSimpleName() + ": " + e.getMessage();
        if (root != e) {
            text += " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        }
        text = text.replaceAll("\\s+", " ").trim();
        return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH - 1) + "…" : text;
    }
}
