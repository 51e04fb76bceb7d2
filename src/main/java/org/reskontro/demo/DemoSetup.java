package org.reskontro.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
import org.reskontro.simulator.poweroffice.PowerOfficeDemoData;
import org.reskontro.simulator.poweroffice.PowerOfficeSimulator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Service;

/**
 * Installs the demo: idempotent, so it runs on every start. Two Danish creditors live on the Dinero simulator, two
 * Norwegian ones on the PowerOffice Go simulator (when it runs). The simulators' data is regenerated from fixed
 * seeds, anchored on the day each demo creditor was first created, so a restart (even days later) shows the same
 * books and the mirror kept in the data folder still agrees with them.
 */
@Service
@ConditionalOnBooleanProperty("reskontro.simulator.dinero.enabled")
public class DemoSetup {

    /** A demo creditor: its accounting system, fixed seed, valid organisation number and the user that sees only it. */
    public record DemoCreditor(String name, String country, String organisationNumber, String currency, ZoneId zone,
            AccountingSystemKind system, long seed, String username) {
    }

    public static final String PASSWORD = "demo";
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    public static final List<DemoCreditor> CREDITORS = List.of(
            new DemoCreditor("Hygge Handel ApS", "DK", "31250005", "DKK", COPENHAGEN, AccountingSystemKind.DINERO,
                    20_261_101L, "hygge"),
            new DemoCreditor("Nordlys Design A/S", "DK", "40870008", "DKK", COPENHAGEN, AccountingSystemKind.DINERO,
                    20_261_102L, "nordlys"),
            new DemoCreditor("Fjordlys Elektro AS", "NO", "914873622", "NOK", OSLO,
                    AccountingSystemKind.POWEROFFICE_GO, 20_261_103L, "fjord"),
            new DemoCreditor("Nordkapp Sjømat AS", "NO", "928364712", "NOK", OSLO,
                    AccountingSystemKind.POWEROFFICE_GO, 20_261_104L, "nordkapp"));

    private final Creditors creditors;
    private final Operators operators;
    private final DineroSimulator dinero;
    private final ObjectProvider<PowerOfficeSimulator> powerOffice;
    private final SyncJobs jobs;
    private final Ledger ledger;
    private final Clock clock;
    /** The simulators live as long as this bean, so this remembers what was generated into them. */
    private final Set<String> loadedIntoSimulator = ConcurrentHashMap.newKeySet();

    DemoSetup(Creditors creditors, Operators operators, DineroSimulator dinero,
            ObjectProvider<PowerOfficeSimulator> powerOffice, SyncJobs jobs, Ledger ledger, Clock clock) {
        this.creditors = creditors;
        this.operators = operators;
        this.dinero = dinero;
        this.powerOffice = powerOffice;
        this.jobs = jobs;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The demo creditors whose simulator runs, in the order of {@link #CREDITORS}. */
    public List<Creditor> install() {
        if (!operators.exists("demo")) {
            operators.create("demo", PASSWORD, Role.AGENCY_ADMIN, null);
        }
        return CREDITORS.stream()
                .filter(demo -> demo.system() == AccountingSystemKind.DINERO || powerOffice.getIfAvailable() != null)
                .map(this::install).toList();
    }

    private Creditor install(DemoCreditor demo) {
        Optional<Creditor> existing = creditors.all().stream()
                .filter(c -> c.organisationNumber().value().equals(demo.organisationNumber())).findFirst();
        LocalDate anchor = existing.map(c -> LocalDate.ofInstant(c.createdAt(), demo.zone()))
                .orElse(LocalDate.ofInstant(clock.instant(), demo.zone()));
        boolean fresh = loadedIntoSimulator.add(demo.username());
        ConnectionSettings connection = demo.system() == AccountingSystemKind.DINERO ? dinero(demo, anchor, fresh)
                : powerOffice(demo, anchor, fresh);
        Creditor creditor = existing.orElseGet(() -> creditors.register(new NewCreditor(demo.name(), demo.country(),
                demo.organisationNumber(), demo.currency(), demo.zone().getId(), anchor.minusYears(1))));
        // Re-pointed on every start: the simulator's port may differ from the last run.
        creditors.connect(creditor.id(), connection);
        if (!operators.exists(demo.username())) {
            operators.create(demo.username(), PASSWORD, Role.CREDITOR_USER, creditor.id());
        }
        if (fresh && ledger.recentSyncs(creditor.id(), 1).isEmpty()) {
            jobs.syncNow(creditor.id(), DemoHistory.FIRST_SYNC);
        }
        return creditors.get(creditor.id()).orElseThrow();
    }

    private ConnectionSettings dinero(DemoCreditor demo, LocalDate anchor, boolean fresh) {
        DineroDemoData data = DineroDemoData.of(demo.seed(), anchor, demo.name());
        if (fresh) {
            data.loadInto(dinero);
        }
        return new ConnectionSettings(AccountingSystemKind.DINERO, dinero.baseUrl().toString(),
                dinero.tokenUrl().toString(), String.valueOf(data.organisationId()), data.credentials().asMap());
    }

    /** The organisation id of a PowerOffice Go connection is the client's organisation number. */
    private ConnectionSettings powerOffice(DemoCreditor demo, LocalDate anchor, boolean fresh) {
        PowerOfficeSimulator simulator = powerOffice.getObject();
        PowerOfficeDemoData data = PowerOfficeDemoData.of(demo.seed(), anchor, demo.name(), demo.organisationNumber());
        if (fresh) {
            data.loadInto(simulator);
        }
        return new ConnectionSettings(AccountingSystemKind.POWEROFFICE_GO, simulator.baseUrl().toString(),
                simulator.tokenUrl().toString(), demo.organisationNumber(), data.credentials().asMap());
    }
}
