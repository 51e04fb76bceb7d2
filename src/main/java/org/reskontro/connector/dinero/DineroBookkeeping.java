package org.reskontro.connector.dinero;

import java.net.http.HttpClient;
import java.time.Clock;
import org.reskontro.bookkeeping.spi.BookkeepingConnector;
import org.reskontro.bookkeeping.spi.BookkeepingTarget;
import org.reskontro.ledger.spi.ConnectionDetails;
import org.reskontro.platform.time.Sleeper;
import org.reskontro.shared.AccountingSystemKind;
import org.springframework.stereotype.Component;

/**
 * Books fee invoices, interest notes, credit notes and payments into a creditor's Dinero organisation, exactly once
 * per booking key (see {@link DineroBookings}); the same auth, transport and settings as the read side.
 */
@Component
public class DineroBookkeeping implements BookkeepingConnector {

    private final DineroSettings settings;
    private final Sleeper sleeper;
    private final Clock clock;
    private final HttpClient http;

    public DineroBookkeeping(DineroSettings settings, Sleeper sleeper, Clock clock) {
        this.settings = settings;
        this.sleeper = sleeper;
        this.clock = clock;
        this.http = DineroConnector.httpClient(settings);
    }

    @Override
    public AccountingSystemKind kind() {
        return AccountingSystemKind.DINERO;
    }

    /** Authenticates lazily, on the first request. */
    @Override
    public BookkeepingTarget open(ConnectionDetails connection) {
        DineroConnector.requireOrganisation(connection);
        DineroTransport transport = new DineroTransport(http, settings, sleeper);
        DineroTokens tokens = new DineroTokens(transport, connection, settings, clock);
        return new DineroBookings(new DineroApiClient(transport, tokens, connection, settings), transport);
    }
}
