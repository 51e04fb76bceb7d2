package org.reskontro.testing;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.reskontro.creditors.ConnectionSettings;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.shared.AccountingSystemKind;
import org.reskontro.simulator.poweroffice.PowerOfficeClient;
import org.reskontro.simulator.poweroffice.PowerOfficeDemoData;
import org.reskontro.simulator.poweroffice.PowerOfficeSimulator;

/** A Norwegian creditor on its own generated client in the shared PowerOffice Go simulator, connected and ready. */
public final class SimulatedPowerOffice {

    /** One counter for every test, so no two clients share a seed (and so an id or a client key). */
    private static final AtomicLong SEEDS = new AtomicLong(500_000);

    public record Connected(PowerOfficeClient client, Creditor creditor) {
    }

    private SimulatedPowerOffice() {
    }

    /** {@code customers} customers and {@code invoices} invoices over 120 days; the start date lies {@code startDaysBack} days back. */
    public static Connected creditor(Creditors creditors, PowerOfficeSimulator simulator, String name, int customers,
            int invoices, int startDaysBack) {
        Creditor creditor = TestCreditors.norwegian(creditors, name, simulator.today().minusDays(startDaysBack));
        PowerOfficeClient client = new PowerOfficeDemoData(SEEDS.incrementAndGet(), simulator.today(), name,
                creditor.organisationNumber().value(), customers, invoices).loadInto(simulator);
        return new Connected(client, connect(creditors, simulator, creditor, client, client.credentials().asMap()));
    }

    /** Points the creditor at the simulator with these credentials (a subset keeps the others stored). */
    public static Creditor connect(Creditors creditors, PowerOfficeSimulator simulator, Creditor creditor,
            PowerOfficeClient client, Map<String, String> credentials) {
        return creditors.connect(creditor.id(), new ConnectionSettings(AccountingSystemKind.POWEROFFICE_GO,
                simulator.baseUrl().toString(), simulator.tokenUrl().toString(), client.organisationNumber(),
                credentials));
    }
}
