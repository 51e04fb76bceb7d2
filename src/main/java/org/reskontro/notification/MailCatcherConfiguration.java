package org.reskontro.notification;

import java.util.Locale;
import java.util.Properties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The demo mail catcher: in demo mode, unless {@code spring.mail.host} names a real SMTP server, an embedded one
 * starts on 127.0.0.1 ({@code reskontro.mail-catcher.port}, default 2525) and the mail sender points at it. In
 * production mode nothing starts. {@code reskontro.mail-catcher.enabled} overrides the choice in demo mode (tests
 * run it next to their own SMTP server).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(MailCatcherConfiguration.CatcherWanted.class)
class MailCatcherConfiguration {

    @Bean(destroyMethod = "stop")
    MailCatcher mailCatcher(@Value("${reskontro.mail-catcher.port:2525}") int port) {
        return MailCatcher.start(port);
    }

    /** Only where no real SMTP server is configured: otherwise Spring Boot's sender goes to that one. */
    @Bean
    @Conditional(NoMailHost.class)
    JavaMailSender mailCatcherSender(MailCatcher catcher) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(catcher.host());
        sender.setPort(catcher.port());
        sender.setDefaultEncoding("UTF-8");
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.connectiontimeout", "5000");
        properties.setProperty("mail.smtp.timeout", "10000");
        properties.setProperty("mail.smtp.writetimeout", "10000");
        sender.setJavaMailProperties(properties);
        return sender;
    }

    static boolean mailHostConfigured(Environment environment) {
        String host = environment.getProperty("spring.mail.host");
        return host != null && !host.isBlank();
    }

    /** Demo mode, and either asked for explicitly or no SMTP server configured. */
    static final class CatcherWanted implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Environment environment = context.getEnvironment();
            String mode = environment.getProperty("reskontro.mode", "demo").trim().toLowerCase(Locale.ROOT);
            if (!mode.equals("demo")) {
                return false;
            }
            String enabled = environment.getProperty("reskontro.mail-catcher.enabled");
            return enabled != null && !enabled.isBlank() ? Boolean.parseBoolean(enabled.trim())
                    : !mailHostConfigured(environment);
        }
    }

    static final class NoMailHost implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !mailHostConfigured(context.getEnvironment());
        }
    }
}
