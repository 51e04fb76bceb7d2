package org.reskontro.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo mode's embedded SMTP server (GreenMail) on 127.0.0.1: every e-mail Reskontro sends lands here instead of
 * in a real inbox, and the console's Mail page shows it. It keeps mail in memory only, and never relays it.
 */
public final class MailCatcher {

    private static final Logger log = LoggerFactory.getLogger(MailCatcher.class);
    private static final String HOST = "127.0.0.1";

    private final GreenMail server;

    private MailCatcher(GreenMail server) {
        this.server = server;
    }

    /** Starts on {@code port} (0: any free one); a port in use is logged and another free one taken. */
    static MailCatcher start(int port) {
        // Checked first: GreenMail reports a taken port only from its own thread, with a stack trace.
        if (port != 0 && !free(port)) {
            log.warn("Port {} is in use, so the demo mail catcher listens on another free port (set "
                    + "reskontro.mail-catcher.port to choose one)", port);
            port = 0;
        }
        MailCatcher catcher = new MailCatcher(started(port));
        log.info("Demo mail catcher: SMTP on {}:{}; its inbox is the console's Mail page", HOST, catcher.port());
        return catcher;
    }

    private static boolean free(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(HOST, port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static GreenMail started(int port) {
        ServerSetup setup = new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP);
        GreenMail server = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
        try {
            server.start();
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
        return server;
    }

    public String host() {
        return HOST;
    }

    public int port() {
        return server.getSmtp().getPort();
    }

    /** The newest {@code limit} e-mails, newest first. */
    public List<CaughtMail> inbox(int limit) {
        MimeMessage[] received = server.getReceivedMessages();
        List<CaughtMail> inbox = new ArrayList<>();
        for (int i = received.length - 1; i >= 0 && inbox.size() < limit; i--) {
            inbox.add(read(i + 1, received[i]));
        }
        return inbox;
    }

    public int size() {
        return server.getReceivedMessages().length;
    }

    /** The e-mail with this number (1 is the first received). */
    public Optional<CaughtMail> mail(int number) {
        MimeMessage[] received = server.getReceivedMessages();
        return number < 1 || number > received.length ? Optional.empty()
                : Optional.of(read(number, received[number - 1]));
    }

    void stop() {
        server.stop();
    }

    private static CaughtMail read(int number, MimeMessage message) {
        try {
            List<String> attachments = new ArrayList<>();
            String text = text(message, attachments);
            return new CaughtMail(number, addresses(message.getFrom()).stream().findFirst().orElse(""),
                    addresses(message.getAllRecipients()), message.getSubject(),
                    message.getSentDate() == null ? null : message.getSentDate().toInstant(),
                    text == null ? "" : text, List.copyOf(attachments));
        } catch (MessagingException | IOException e) {
            return new CaughtMail(number, "", List.of(), "(unreadable: " + e.getMessage() + ")", null, "", List.of());
        }
    }

    /** The first text/plain part; the file names of the attachments go into {@code attachments}. */
    private static String text(Part part, List<String> attachments) throws MessagingException, IOException {
        if (part.getFileName() != null) {
            attachments.add(part.getFileName());
            return null;
        }
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            String text = null;
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart child = parts.getBodyPart(i);
                String found = text(child, attachments);
                text = text == null ? found : text;
            }
            return text;
        }
        return null;
    }

    private static List<String> addresses(Address[] addresses) {
        // toUnicodeString: "Søren Kjær <soren@…>" rather than its MIME-encoded form
        return addresses == null ? List.of() : Arrays.stream(addresses)
                .map(address -> address instanceof InternetAddress internet ? internet.toUnicodeString()
                        : address.toString())
                .toList();
    }
}
