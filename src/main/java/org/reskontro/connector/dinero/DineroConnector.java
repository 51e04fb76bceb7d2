package org.reskontro.connector.dinero;

import java.net.http.HttpClient;
import java.time.Clock;
import org.reskontro.ledger.spi.AccountingSystemConnector;
import org.reskontro.ledger.spi.AccountingSystemException;
import org.reskontro.ledger.spi.AccountingSystemException.Category;
import org.reskontro.ledger.spi.ConnectionDetails;
import org.reskontro.ledger.spi.LedgerSource;
import org.reskontro.platform.time.Sleeper;
import org.reskontro.shared.AccountingSystemKind;
import org.springframework.stereotype.Component;

/** Reads a creditor's Dinero organisation over Dinero API v1 (organisation id in the path, Bearer token). */
@Component
public class DineroConnector implements AccountingSystemConnector {

    private final DineroSettings settings;
    private final Sleeper sleeper;
    private final Clock clock;
    private final HttpClient http;

    public DineroConnector(DineroSettings settings, Sleeper sleeper, Clock clock) {
        this.settings = settings;
        this.sleeper = sleeper;
        this.clock = clock;
        this.http = httpClient(settings);
    }

    /** HTTP/1.1 (Dinero's API answers it), no redirects followed: a redirect would carry the token elsewhere. */
    static HttpClient httpClient(DineroSettings settings) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A Dinero connection to a numeric organisation id, or the reason it is none. */
    static void requireOrganisation(ConnectionDetails connection) {
        if (connection.kind() != AccountingSystemKind.DINERO) {
            throw new IllegalArgumentException(
                    "The Dinero connector cannot open a " + connection.kind() + " connection");
        }
        String organisation = connection.organisationId();
        if (organisation == null || !organisation.matches("\\d+")) {
            throw new AccountingSystemException(Category.NOT_FOUND,
                    "Dinero organisation ids are numbers; '" + organisation + "' is not one");
        }
    }

    @Override
    public AccountingSystemKind kind() {
        return AccountingSystemKind.DINERO;
    }

    /** Authenticates lazily, on the first read. */
    @Override
    public LedgerSource open(ConnectionDetails connection) {
        requireOrganisation(connection);
        DineroTransport transport = new DineroTransport(http, settings, sleeper);
        DineroTokens tokens = new DineroTokens(transport, connection, settings, clock);
        DineroApiClient client = new DineroApiClient(transport, tokens, connection, settings);
        return new DineroLedgerSource(client, new DineroPages(client, settings.pageSize()), transport, clock);
    }
}
