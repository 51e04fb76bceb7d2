package org.reskontro.scheduling;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicLong;
import org.reskontro.creditors.ConnectionSettings;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.shared.AccountingSystemKind;
import org.reskontro.simulator.dinero.DineroDemoData;
import org.reskontro.simulator.dinero.DineroOrganisation;
import org.reskontro.simulator.dinero.DineroSimulator;
import org.reskontro.testing.TestCreditors;

/** Danish creditors on their own simulated Dinero organisation, and the instants the cycle tests move the clock to. */
public final class CycleFixtures {

    public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final AtomicLong SEEDS = new AtomicLong(31_000);

    private CycleFixtures() {
    }

    /** A creditor connected to a small organisation: a few debtors and invoices, so its sync takes a moment only. */
    public static Creditor connected(Creditors creditors, DineroSimulator simulator, String name) {
        DineroOrganisation organisation = new DineroDemoData(SEEDS.incrementAndGet(), simulator.today(), name, 5, 40)
                .loadInto(simulator);
        Creditor creditor = TestCreditors.danish(creditors, name, simulator.today().minusDays(90));
        return creditors.connect(creditor.id(), new ConnectionSettings(AccountingSystemKind.DINERO,
                simulator.baseUrl().toString(), simulator.tokenUrl().toString(), String.valueOf(organisation.id()),
                organisation.credentials().asMap()));
    }

    /** The first time after {@code now} that the Copenhagen clocks show {@code time}. */
    public static Instant nextLocal(Instant now, LocalTime time) {
        ZonedDateTime local = now.atZone(COPENHAGEN);
        ZonedDateTime candidate = local.toLocalDate().atTime(time).atZone(COPENHAGEN);
        return (candidate.toInstant().isAfter(now) ? candidate : candidate.plusDays(1)).toInstant();
    }

    /** Waits, without sleeping the test's clock, until the cycle has ended on whichever node ran it. */
    public static Cycle awaitEnd(Cycles cycles, Creditor creditor, CycleId cycle) {
        await().atMost(Duration.ofSeconds(60)).until(() -> !cycles.cycle(creditor.id(), cycle).orElseThrow().active());
        return cycles.cycle(creditor.id(), cycle).orElseThrow();
    }
}
