package org.reskontro.connector.poweroffice;

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
    private final PowerOfficeSessions sessions;

    public PowerOfficeBookkeeping(PowerOfficeSettings settings, Sleeper sleeper, Clock clock) {
        this.settings = settings;
        this.sessions = new PowerOfficeSessions(settings, sleeper, clock);
    }

    @Override
    public AccountingSystemKind kind() {
        return AccountingSystemKind.POWEROFFICE_GO;
    }

    /** Authenticates lazily, on the first booking or lookup. */
    @Override
    public BookkeepingTarget open(ConnectionDetails connection) {
        PowerOfficeSessions.Session session = sessions.open(connection);
        return new PowerOfficeBookkeepingTarget(session.client(), session.transport(), settings.pageSize(),
                session.organisation());
    }
}
