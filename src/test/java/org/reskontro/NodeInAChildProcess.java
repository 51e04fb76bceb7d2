package org.reskontro;

import java.util.Arrays;
import java.util.UUID;
import org.reskontro.bookkeeping.Bookkeeping;
import org.reskontro.ledger.Ledger;
import org.reskontro.ledger.SyncRunId;
import org.reskontro.shared.CreditorId;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;

/**
 * A Reskontro node in a JVM of its own for {@link KilledNodeIntegrationTests}: started with the test's database
 * and data folder (so the same secret key), it does one job for the creditor named by the second argument and prints
 * {@code DONE} if nobody kills it first. {@code sync}: queues a sync, prints {@code RUN <id>} and runs it;
 * {@code outbox}: sends the creditor's outbox. No web server, no scheduler, nothing that runs by itself; the settings
 * come as command-line arguments after the creditor.
 */
public final class NodeInAChildProcess {

    private NodeInAChildProcess() {
    }

    public static void main(String[] args) {
        String[] settings = Arrays.copyOfRange(args, 2, args.length);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ReskontroApplication.class,
                Security.class).run(settings)) {
            CreditorId creditor = new CreditorId(UUID.fromString(args[1]));
            if (args[0].equals("outbox")) {
                context.getBean(Bookkeeping.class).sendOutbox(creditor);
            } else {
                Ledger ledger = context.getBean(Ledger.class);
                SyncRunId run = ledger.queueSync(creditor, "a node that is killed");
                System.out.println("RUN " + run.value());
                System.out.flush();
                ledger.runSync(creditor, run);
            }
            System.out.println("DONE");
            System.out.flush();
        }
    }

    /** Without a web server the platform's filter chains still want their HttpSecurity (as the bench's start does). */
    @EnableWebSecurity
    static class Security {
    }
}
