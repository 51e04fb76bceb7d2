package org.reskontro.notification.mail;

import java.util.List;
import org.reskontro.notification.Attachment;

/**
 * One e-mail as recorded, ready to hand to the SMTP server: the same bytes on every attempt, with the same
 * Message-ID, so a receiver that sees a duplicate can tell it is one.
 */
public record OutgoingMail(String to, String recipientName, String senderName, String replyTo, String subject,
                           String body, String pdfFileName, byte[] pdf, List<Attachment> attachments,
                           String messageId) {
}
