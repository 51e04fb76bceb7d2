package org.reskontro.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.reskontro.creditors.ConnectionSettings;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.creditors.NewCreditor;
import org.reskontro.ledger.Ledger;
import org.reskontro.platform.security.Operators;
import org.reskontro.platform.security.Role;
import org.reskontro.scheduling.SyncJobs;
import org.reskontro.shared.AccountingSystemKind;
import org.reskontro.simulator.dinero.DineroDemoData;
import org.reskontro.simulator.dinero.DineroSimulator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Service;

/**
 * Installs the demo: idempotent, so it runs on every start. The simulator's data is regenerated from fixed seeds,
 * anchored on the day each demo creditor was first created, so a restart (even days later) shows the same books
 * and the mirror kept in the data folder still agrees with them.
 */
@Service
@ConditionalOnBooleanProperty("reskontro.simulator.dinero.enabled")
public class DemoSetup {

    /** A demo creditor: its fixed seed, valid CVR number and the creditor user that sees only it. */
    public record DemoCreditor(String name, String cvr, long seed, String username) {
    }

    public static final String PASSWORD = "demo";
    public static final List<DemoCreditor> CREDITORS = List.of(
            new DemoCreditor("Hygge Handel ApS", "31250005", 20_261_101L, "hygge"),
            new DemoCreditor("Nordlys Design A/S", "40870008", 20_261_102L, "nordlys"));
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private final Creditors creditors;
    private final Operators operators;
    private final DineroSimulator simulator;
    private final SyncJobs jobs;
    private final Ledger ledger;
    private final Clock clock;
    /** The simulator lives as long as this bean, so this remembers what was generated into it. */
    private final java.util.Set<Integer> loadedIntoSimulator = java.util.concurrent.ConcurrentHashMap.newKeySet();

    DemoSetup(Creditors creditors, Operators operators, DineroSimulator simulator, SyncJobs jobs, Ledger ledger,
            Clock clock) {
        this.creditors = creditors;
        this.operators = operators;
        this.simulator = simulator;
        this.jobs = jobs;
        this.ledger = ledger;
        this.clock = clock;
    }

    public List<Creditor> install() {
        if (!operators.exists("demo")) {
            operators.create("demo", PASSWORD, Role.AGENCY_ADMIN, null);
        }
        return CREDITORS.stream().map(this::install).toList();
    }

    private Creditor install(DemoCreditor demo) {
        Optional<Creditor> existing = creditors.all().stream()
                .filter(c -> c.organisationNumber().value().equals(demo.cvr())).findFirst();
        LocalDate anchor = existing.map(c -> LocalDate.ofInstant(c.createdAt(), COPENHAGEN))
                .orElse(LocalDate.ofInstant(clock.instant(), COPENHAGEN));
        DineroDemoData data = DineroDemoData.of(demo.seed(), anchor, demo.name());
        boolean fresh = loadedIntoSimulator.add(data.organisationId());
        if (fresh) {
            data.loadInto(simulator);
        }
        Creditor creditor = existing.orElseGet(() -> creditors.register(new NewCreditor(demo.name(), "DK", demo.cvr(),
                "DKK", COPENHAGEN.getId(), anchor.minusYears(1))));
        // Re-pointed on every start: the simulator's port may differ from the last run.
        creditors.connect(creditor.id(), new ConnectionSettings(AccountingSystemKind.DINERO,
                simulator.baseUrl().toString(), simulator.tokenUrl().toString(), String.valueOf(data.organisationId()),
                data.credentials().asMap()));
        if (!operators.exists(demo.username())) {
            operators.create(demo.username(), PASSWORD, Role.CREDITOR_USER, creditor.id());
        }
        if (fresh && ledger.recentSyncs(creditor.id(), 1).isEmpty()) {
            jobs.syncNow(creditor.id(), "demo: transfer open items");
        }
        return creditors.get(creditor.id()).orElseThrow();
    }
}
