package org.reskontro.connector.poweroffice;

import java.net.http.HttpClient;
import java.time.Clock;
import org.reskontro.ledger.spi.ConnectionDetails;
import org.reskontro.platform.time.Sleeper;

/**
 * What the read and the write side share when they open a session on a PowerOffice Go client: one HTTP client per
 * bean, and per session a transport (retries, request count), lazily fetched tokens and the API client.
 */
final class PowerOfficeSessions {

    /** One session: the API client, its transport (for the request count) and the client's organisation number. */
    record Session(PowerOfficeApiClient client, PowerOfficeTransport transport, String organisation) {
    }

    private final PowerOfficeSettings settings;
    private final Sleeper sleeper;
    private final Clock clock;
    private final HttpClient http;

    PowerOfficeSessions(PowerOfficeSettings settings, Sleeper sleeper, Clock clock) {
        this.settings = settings;
        this.sleeper = sleeper;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Authenticates lazily, on the session's first request. */
    Session open(ConnectionDetails connection) {
        String organisation = PowerOfficeConnector.organisationNumber(connection);
        PowerOfficeTransport transport = new PowerOfficeTransport(http, settings, sleeper);
        PowerOfficeTokens tokens = new PowerOfficeTokens(transport, connection, settings, clock);
        return new Session(new PowerOfficeApiClient(transport, tokens, connection, settings), transport, organisation);
    }
}
