package org.reskontro.connector.poweroffice;

import java.util.Map;
import org.reskontro.ledger.spi.AccountingSystemException;
import org.reskontro.ledger.spi.AccountingSystemException.Category;
import tools.jackson.databind.JsonNode;

/**
 * A client key opens exactly one client; this makes sure it is the one the connection names (its organisation
 * number), once per session, so the mirror never fills with another company's books and no booking lands in them.
 */
final class PowerOfficeClientCheck {

    private final PowerOfficeApiClient client;
    private final String organisationNumber;
    private boolean checked;

    PowerOfficeClientCheck(PowerOfficeApiClient client, String organisationNumber) {
        this.client = client;
        this.organisationNumber = organisationNumber;
    }

    synchronized void ensure() {
        if (checked) {
            return;
        }
        String what = "GET /OrganizationSettings";
        PowerOfficeApiClient.Answer answer = client.get("/OrganizationSettings", Map.of(), "application/json", what,
                noClient());
        JsonNode settings = PowerOfficeJson.parse(answer.body(), what);
        String number = PowerOfficeJson.optionalText(settings, "OrganizationNumber");
        if (number != null && !number.replaceAll("\\D", "").equals(organisationNumber)) {
            throw new AccountingSystemException(Category.AUTHENTICATION, "The client key opens "
                    + PowerOfficeJson.optionalText(settings, "Name") + " (organisation number " + number
                    + ") in PowerOffice Go, not organisation " + organisationNumber + ": check the client key");
        }
        checked = true;
    }

    String noClient() {
        return "PowerOffice Go has no client for these credentials (organisation " + organisationNumber + ")";
    }
}
