package org.reskontro.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * One shared Spring context for all integration tests: an embedded PostgreSQL (fresh per test run), the Dinero and
 * PowerOffice Go simulators on random ports without rate limiting, no demo data, and a movable clock. The cycle
 * dispatcher does not run by itself: tests move the clock and dispatch their own creditors by hand. E-mail goes to
 * {@link TestMailServer}; failed e-mails are retried only when a test calls for it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "reskontro.data-dir=${reskontro.test-data-dir:target/test-data}",
        "reskontro.embedded-db.clean=true",
        "reskontro.demo.enabled=false",
        "reskontro.simulator.dinero.enabled=true",
        "reskontro.simulator.dinero.port=0",
        "reskontro.simulator.dinero.rate-limit-per-minute=0",
        "reskontro.simulator.poweroffice.enabled=true",
        "reskontro.simulator.poweroffice.port=0",
        "reskontro.simulator.poweroffice.rate-limit-per-second=0",
        "db-scheduler.polling-interval=200ms",
        "db-scheduler.heartbeat-interval=1s",
        "reskontro.cycles.dispatch=false",
        "reskontro.sync.change-feed=false",
        "reskontro.bookkeeping.forward=false",
        "spring.thymeleaf.cache=false",
        // Mail goes to the tests' own SMTP server (TestMailServer, a fixed port, so the shared context stays one);
        // the demo mail catcher runs as well, on a free port, for the console's Mail page.
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=${reskontro.test-mail-port:3025}",
        "reskontro.mail-catcher.enabled=true",
        "reskontro.mail-catcher.port=0",
        "reskontro.notification.retry=false"
})
@Import({TestClockConfiguration.class, TestMailServer.Running.class, TestCrashPoints.Installed.class})
public @interface IntegrationTest {
}
