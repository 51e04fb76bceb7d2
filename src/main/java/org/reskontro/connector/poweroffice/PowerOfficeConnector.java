package org.reskontro.connector.poweroffice;

import java.time.Clock;
import org.reskontro.ledger.spi.AccountingSystemConnector;
import org.reskontro.ledger.spi.AccountingSystemException;
import org.reskontro.ledger.spi.AccountingSystemException.Category;
import org.reskontro.ledger.spi.ConnectionDetails;
import org.reskontro.ledger.spi.LedgerSource;
import org.reskontro.platform.time.Sleeper;
import org.reskontro.shared.AccountingSystemKind;
import org.springframework.stereotype.Component;

/**
 * Reads a creditor's PowerOffice Go client over API v2. The connection's organisation id is the client's
 * organisation number; the client itself is chosen by the client key.
 */
@Component
public class PowerOfficeConnector implements AccountingSystemConnector {

    private final PowerOfficeSettings settings;
    private final Clock clock;
    private final PowerOfficeSessions sessions;

    public PowerOfficeConnector(PowerOfficeSettings settings, Sleeper sleeper, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.sessions = new PowerOfficeSessions(settings, sleeper, clock);
    }

    @Override
    public AccountingSystemKind kind() {
        return AccountingSystemKind.POWEROFFICE_GO;
    }

    /**
     * The connection's organisation id as the 9 digits PowerOffice Go clients are named by here; the bookkeeping
     * side opens its sessions the same way.
     */
    static String organisationNumber(ConnectionDetails connection) {
        if (connection.kind() != AccountingSystemKind.POWEROFFICE_GO) {
            throw new IllegalArgumentException(
                    "The PowerOffice Go connector cannot open a " + connection.kind() + " connection");
        }
        String organisation = connection.organisationId() == null ? ""
                : connection.organisationId().replaceAll("[\\s.]", "");
        if (!organisation.matches("\\d{9}")) {
            throw new AccountingSystemException(Category.NOT_FOUND, "PowerOffice Go clients are named here by their"
                    + " organisation number (9 digits); '" + connection.organisationId() + "' is not one");
        }
        return organisation;
    }

    /** Authenticates lazily, on the first read. */
    @Override
    public LedgerSource open(ConnectionDetails connection) {
        PowerOfficeSessions.Session session = sessions.open(connection);
        return new PowerOfficeLedgerSource(session.client(), new PowerOfficePages(session.client(),
                settings.pageSize()), session.transport(), session.organisation(), clock);
    }
}
