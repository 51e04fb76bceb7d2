package org.reskontro.connector.poweroffice;

import java.net.http.HttpClient;
import java.time.Clock;
import org.reskontro.bookkeeping.spi.BookkeepingConnector;
import org.reskontro.bookkeeping.spi.BookkeepingTarget;
import org.reskontro.ledger.spi.ConnectionDetails;
import org.reskontro.platform.time.Sleeper;
import org.reskontro.shared.AccountingSystemKind;
import org.springframework.stereotype.Component;

/**
 * Books fee invoices, interest notes, their credit notes and payments into a creditor's PowerOffice Go client over
 * API v2, with the same credentials, transport and throttle handling as the read side.
 */
@Component
public class PowerOfficeBookkeeping implements BookkeepingConnector {

    private final PowerOfficeSettings settings;
    private final Sleeper sleeper;
    private final Clock clock;
    private final HttpClient http;

    public PowerOfficeBookkeeping(PowerOfficeSettings settings, Sleeper sleeper, Clock clock) {
        this.settings = settings;
        this.sleeper = sleeper;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public AccountingSystemKind kind() {
        return AccountingSystemKind.POWEROFFICE_GO;
    }

    /** Authenticates lazily, on the first booking or lookup. */
    @Override
    public BookkeepingTarget open(ConnectionDetails connection) {
        String organisation = PowerOfficeConnector.organisationNumber(connection);
        PowerOfficeTransport transport = new PowerOfficeTransport(http, settings, sleeper);
        PowerOfficeTokens tokens = new PowerOfficeTokens(transport, connection, settings, clock);
        PowerOfficeApiClient client = new PowerOfficeApiClient(transport, tokens, connection, settings);
        return new PowerOfficeBookkeepingTarget(client, transport, settings.pageSize(), organisation);
    }
}
