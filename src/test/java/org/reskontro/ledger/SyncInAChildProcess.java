package org.reskontro.ledger;

import java.util.UUID;
import org.reskontro.ReskontroApplication;
import org.reskontro.shared.CreditorId;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;

/**
 * A Reskontro node in a JVM of its own for {@link SyncKilledProcessIntegrationTests}: started with the test's database
 * and data folder (so the same secret key), it queues one sync of the creditor named by the first argument, prints
 * {@code RUN <id>} and runs it, and prints {@code DONE} if nobody kills it first. No web server, no scheduler, nothing
 * that syncs by itself; the settings come as command-line arguments after the creditor.
 */
public final class SyncInAChildProcess {

    private SyncInAChildProcess() {
    }

    public static void main(String[] args) {
        String[] settings = java.util.Arrays.copyOfRange(args, 1, args.length);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ReskontroApplication.class,
                Security.class).run(settings)) {
            Ledger ledger = context.getBean(Ledger.class);
            CreditorId creditor = new CreditorId(UUID.fromString(args[0]));
            SyncRunId run = ledger.queueSync(creditor, "a node that is killed");
            System.out.println("RUN " + run.value());
            System.out.flush();
            ledger.runSync(creditor, run);
            System.out.println("DONE");
            System.out.flush();
        }
    }

    /** Without a web server the platform's filter chains still want their HttpSecurity (as the bench's start does). */
    @EnableWebSecurity
    static class Security {
    }
}
