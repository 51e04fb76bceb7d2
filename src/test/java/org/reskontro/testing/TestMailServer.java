package org.reskontro.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The real SMTP server of the integration tests: one GreenMail on 127.0.0.1:{@link #PORT}, started once per test
 * JVM and kept running, because the shared Spring context (and its mail sender) outlives every test class. Tests
 * find their own mail by recipient; {@link #stop()} and {@link #start()} make the server "go down" and come back.
 */
public final class TestMailServer {

    /** 3025 unless {@code -Dreskontro.test-mail-port} says otherwise (two checkouts testing at once on one machine). */
    public static final int PORT = Integer.getInteger("reskontro.test-mail-port", 3025);

    private static GreenMail server;

    private TestMailServer() {
    }

    public static synchronized void start() {
        if (server == null || !server.isRunning()) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    /** Until {@link #start()}, every connection is refused: the SMTP server is down. */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Every message received since the server last started, to anyone. */
    public static synchronized List<MimeMessage> received() {
        start();
        return Arrays.asList(server.getReceivedMessages());
    }

    /** The messages one recipient received. */
    public static List<MimeMessage> receivedBy(String address) {
        return received().stream().filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().contains(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Imported by {@link IntegrationTest}: the server runs before the shared context sends anything. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Running {
        @Bean
        String testMailServerStarted() {
            start();
            return "127.0.0.1:" + PORT;
        }
    }
}
