package org.reskontro.scheduling;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.simulator.dinero.DineroSimulator;
import org.reskontro.testing.SimulatedDinero;

/** Danish creditors on their own simulated Dinero organisation, and the instants the cycle tests move the clock to. */
public final class CycleFixtures {

    public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private CycleFixtures() {
    }

    /** A creditor connected to a small organisation: a few debtors and invoices, so its sync takes a moment only. */
    public static Creditor connected(Creditors creditors, DineroSimulator simulator, String name) {
        return SimulatedDinero.creditor(creditors, simulator, name, 5, 40, 90).creditor();
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
