package org.reskontro.connector.poweroffice;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.reskontro.ledger.spi.ConnectionDetails;
import org.reskontro.ledger.spi.LedgerSource;
import org.reskontro.shared.AccountingSystemKind;
import org.reskontro.shared.CreditorId;
import org.reskontro.simulator.poweroffice.PowerOfficeClient;
import org.reskontro.simulator.poweroffice.PowerOfficeDemoData;
import org.reskontro.simulator.poweroffice.PowerOfficeExchange;
import org.reskontro.simulator.poweroffice.PowerOfficeSimulator;
import org.reskontro.testing.MutableClock;

/**
 * A PowerOffice Go simulator on a free port with one seeded client, a clock the tests move, a sleeper that moves it,
 * and every exchange recorded.
 */
final class PowerOfficeSandbox implements AutoCloseable {

    static final LocalDate ANCHOR = LocalDate.of(2026, 11, 23);
    static final String ORGANISATION_NUMBER = "923609016";
    /** Small pages, so even small ledgers take several. */
    static final PowerOfficeSettings SETTINGS = new PowerOfficeSettings(Duration.ofSeconds(2), Duration.ofSeconds(5),
            100, 8, 3);

    final MutableClock clock = new MutableClock(ANCHOR.atTime(8, 0).toInstant(ZoneOffset.UTC));
    final RecordingSleeper sleeper = new RecordingSleeper(clock);
    final PowerOfficeSimulator simulator;
    final PowerOfficeClient client;
    final List<PowerOfficeExchange> exchanges = new CopyOnWriteArrayList<>();

    private PowerOfficeSandbox(int rateLimitPerSecond, PowerOfficeDemoData data) {
        simulator = PowerOfficeSimulator.start(0, clock, rateLimitPerSecond);
        simulator.addExchangeListener(exchanges::add);
        client = data.loadInto(simulator);
    }

    static PowerOfficeSandbox withDemoData(long seed, int customers, int invoices, int rateLimitPerSecond) {
        return new PowerOfficeSandbox(rateLimitPerSecond, new PowerOfficeDemoData(seed, ANCHOR, "Sandkasse AS " + seed,
                ORGANISATION_NUMBER, customers, invoices));
    }

    /** A small ledger without the throttle, for tests about one behaviour. */
    static PowerOfficeSandbox small() {
        return withDemoData(11, 30, 250, 0);
    }

    UUID clientId() {
        return client.id();
    }

    ConnectionDetails connection() {
        return connection(ORGANISATION_NUMBER, client.credentials().asMap());
    }

    ConnectionDetails connection(String organisationNumber, Map<String, String> credentials) {
        return new ConnectionDetails(new CreditorId(UUID.nameUUIDFromBytes(new byte[] {1})),
                AccountingSystemKind.POWEROFFICE_GO, simulator.baseUrl(), simulator.tokenUrl(), organisationNumber,
                credentials);
    }

    ConnectionDetails connectionTo(URI apiBaseUrl, URI tokenUrl) {
        return new ConnectionDetails(new CreditorId(UUID.nameUUIDFromBytes(new byte[] {2})),
                AccountingSystemKind.POWEROFFICE_GO, apiBaseUrl, tokenUrl, ORGANISATION_NUMBER,
                client.credentials().asMap());
    }

    PowerOfficeConnector connector(PowerOfficeSettings settings) {
        return new PowerOfficeConnector(settings, sleeper, clock);
    }

    LedgerSource open() {
        return connector(SETTINGS).open(connection());
    }

    long tokenRequests() {
        return exchanges.stream().filter(e -> e.path().equalsIgnoreCase("/OAuth/Token")).count();
    }

    @Override
    public void close() {
        simulator.stop();
    }
}
