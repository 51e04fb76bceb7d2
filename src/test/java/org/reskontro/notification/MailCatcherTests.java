package org.reskontro.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/** When the demo mail catcher starts, where mail then goes, and what its inbox shows. */
class MailCatcherTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
            .withUserConfiguration(MailCatcherConfiguration.class)
            .withPropertyValues("reskontro.mail-catcher.port=0");

    @Test
    void inDemoModeWithoutAnSmtpServerTheCatcherTakesTheMailAndShowsIt() {
        context.withPropertyValues("reskontro.mode=demo").run(app -> {
            MailCatcher catcher = app.getBean(MailCatcher.class);
            JavaMailSenderImpl sender = (JavaMailSenderImpl) app.getBean(JavaMailSender.class);
            assertThat(sender.getHost()).isEqualTo("127.0.0.1");
            assertThat(sender.getPort()).isEqualTo(catcher.port()).isPositive();

            var message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom("reskontro@localhost");
            helper.setTo("søren@example.dk".replace("ø", "o"));
            helper.setSubject("Påmindelse fra Hygge Handel ApS");
            helper.setText("Kære Søren Kjær", false);
            helper.addAttachment("paamindelse-2026-11-20.pdf", new ByteArrayResource(new byte[] {'%', 'P'}),
                    "application/pdf");
            sender.send(message);

            assertThat(catcher.size()).isEqualTo(1);
            CaughtMail caught = catcher.inbox(10).getFirst();
            assertThat(caught.number()).isEqualTo(1);
            assertThat(caught.to()).containsExactly("soren@example.dk");
            assertThat(caught.from()).isEqualTo("reskontro@localhost");
            assertThat(caught.subject()).isEqualTo("Påmindelse fra Hygge Handel ApS");
            assertThat(caught.text()).isEqualTo("Kære Søren Kjær");
            assertThat(caught.attachmentNames()).containsExactly("paamindelse-2026-11-20.pdf");
            assertThat(catcher.mail(1)).contains(caught);
            assertThat(catcher.mail(2)).isEmpty();
        });
    }

    @Test
    void inProductionModeNothingStarts() {
        context.withPropertyValues("reskontro.mode=production").run(app -> {
            assertThat(app).doesNotHaveBean(MailCatcher.class);
            assertThat(app).doesNotHaveBean(JavaMailSender.class);
        });
        context.withPropertyValues("reskontro.mode=PRODUCTION", "reskontro.mail-catcher.enabled=true")
                .run(app -> assertThat(app).doesNotHaveBean(MailCatcher.class));
    }

    @Test
    void aConfiguredSmtpServerGetsTheMailAndNoCatcherStarts() {
        context.withPropertyValues("reskontro.mode=demo", "spring.mail.host=smtp.example.dk", "spring.mail.port=587")
                .run(app -> {
                    assertThat(app).doesNotHaveBean(MailCatcher.class);
                    JavaMailSenderImpl sender = (JavaMailSenderImpl) app.getBean(JavaMailSender.class);
                    assertThat(sender.getHost()).isEqualTo("smtp.example.dk");
                    assertThat(sender.getPort()).isEqualTo(587);
                });
        context.withPropertyValues("reskontro.mode=demo", "spring.mail.host=smtp.example.dk",
                "reskontro.mail-catcher.enabled=true").run(app -> {
                    assertThat(app).hasSingleBean(MailCatcher.class);
                    assertThat(((JavaMailSenderImpl) app.getBean(JavaMailSender.class)).getHost())
                            .isEqualTo("smtp.example.dk");
                });
    }

    @Test
    void aPortInUseIsNoReasonNotToStart() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            context.withPropertyValues("reskontro.mode=demo", "reskontro.mail-catcher.port=" + taken.getLocalPort())
                    .run(app -> {
                        MailCatcher catcher = app.getBean(MailCatcher.class);
                        assertThat(catcher.port()).isPositive().isNotEqualTo(taken.getLocalPort());
                        assertThat(((JavaMailSenderImpl) app.getBean(JavaMailSender.class)).getPort())
                                .isEqualTo(catcher.port());
                    });
        }
    }
}
