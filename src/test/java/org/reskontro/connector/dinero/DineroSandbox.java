package org.reskontro.connector.dinero;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.reskontro.bookkeeping.spi.BookkeepingTarget;
import org.reskontro.ledger.spi.ConnectionDetails;
import org.reskontro.ledger.spi.LedgerSource;
import org.reskontro.shared.AccountingSystemKind;
import org.reskontro.shared.CreditorId;
import org.reskontro.simulator.dinero.DineroDemoData;
import org.reskontro.simulator.dinero.DineroExchange;
import org.reskontro.simulator.dinero.DineroOrganisation;
import org.reskontro.simulator.dinero.DineroSimulator;
import org.reskontro.testing.MutableClock;

/**
 * A simulator on a free port with one seeded organisation, a clock the tests move, a sleeper that moves it,
 * and every exchange recorded.
 */
final class DineroSandbox implements AutoCloseable {

    static final LocalDate ANCHOR = LocalDate.of(2026, 11, 23);
    /** Small pages, so even small ledgers take several. */
    static final DineroSettings SETTINGS = new DineroSettings(Duration.ofSeconds(2), Duration.ofSeconds(5), 100, 8, 3);

    final MutableClock clock = new MutableClock(ANCHOR.atTime(8, 0).toInstant(ZoneOffset.UTC));
    final RecordingSleeper sleeper = new RecordingSleeper(clock);
    final DineroSimulator simulator;
    final DineroOrganisation organisation;
    final List<DineroExchange> exchanges = new CopyOnWriteArrayList<>();

    private DineroSandbox(int rateLimitPerMinute, DineroDemoData data) {
        simulator = DineroSimulator.start(0, clock, rateLimitPerMinute);
        simulator.addExchangeListener(exchanges::add);
        organisation = data.loadInto(simulator);
    }

    static DineroSandbox withDemoData(long seed, int contacts, int invoices, int rateLimitPerMinute) {
        return new DineroSandbox(rateLimitPerMinute,
                new DineroDemoData(seed, ANCHOR, "Sandbox ApS " + seed, contacts, invoices));
    }

    /** A small ledger without the rate limit, for tests about one behaviour. */
    static DineroSandbox small() {
        return withDemoData(11, 30, 150, 0);
    }

    int organisationId() {
        return organisation.id();
    }

    ConnectionDetails connection() {
        return connection(String.valueOf(organisation.id()), organisation.credentials().asMap());
    }

    ConnectionDetails connection(String organisationId, Map<String, String> credentials) {
        return new ConnectionDetails(new CreditorId(UUID.nameUUIDFromBytes(new byte[] {1})),
                AccountingSystemKind.DINERO, simulator.baseUrl(), simulator.tokenUrl(), organisationId, credentials);
    }

    ConnectionDetails connectionTo(URI apiBaseUrl, URI tokenUrl) {
        return new ConnectionDetails(new CreditorId(UUID.nameUUIDFromBytes(new byte[] {2})),
                AccountingSystemKind.DINERO, apiBaseUrl, tokenUrl, String.valueOf(organisation.id()),
                organisation.credentials().asMap());
    }

    DineroConnector connector(DineroSettings settings) {
        return new DineroConnector(settings, sleeper, clock);
    }

    LedgerSource open() {
        return connector(SETTINGS).open(connection());
    }

    DineroBookkeeping bookkeeping(DineroSettings settings) {
        return new DineroBookkeeping(settings, sleeper, clock);
    }

    /** A write session with the sandbox's settings. */
    BookkeepingTarget target() {
        return bookkeeping(SETTINGS).open(connection());
    }

    /** A live debtor of the seeded organisation, to bill charges to. */
    String customer() {
        return simulator.contacts(organisation.id()).stream().filter(c -> c.debitor() && !c.deleted()).findFirst()
                .orElseThrow().guid().toString();
    }

    long tokenRequests() {
        return exchanges.stream().filter(e -> e.path().endsWith("/oauth/token")).count();
    }

    @Override
    public void close() {
        simulator.stop();
    }
}
