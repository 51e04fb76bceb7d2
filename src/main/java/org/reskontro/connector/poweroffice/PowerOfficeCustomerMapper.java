package org.reskontro.connector.poweroffice;

import java.util.EnumSet;
import java.util.Set;
import org.reskontro.ledger.spi.ErpCustomer;
import org.reskontro.shared.FollowUpRestriction;
import tools.jackson.databind.JsonNode;

/**
 * A CustomerDto to an {@link ErpCustomer}, its reminder settings to follow-up restrictions. Id is the contact id that
 * invoices reference as CustomerId. The version joins the customer's LastChangedDateTimeOffset (which moves with the
 * reminder settings too) with its mail address's, because the contract says the first does not move with the address.
 */
final class PowerOfficeCustomerMapper {

    private PowerOfficeCustomerMapper() {
    }

    static ErpCustomer customer(JsonNode item, String where) {
        boolean person = PowerOfficeJson.flag(item, "IsPerson", false, where);
        JsonNode address = item.path("MailAddress");
        String version = PowerOfficeJson.text(item, "LastChangedDateTimeOffset", where) + "|"
                + (address.isObject() ? String.valueOf(PowerOfficeJson.optionalText(address, "LastChangedDateTimeOffset"))
                : "");
        boolean inactive = PowerOfficeJson.flag(item, "IsArchived", false, where)
                || !PowerOfficeJson.flag(item, "IsActive", true, where);
        return new ErpCustomer(String.valueOf(PowerOfficeJson.integer(item, "Id", where)), name(item, person, where),
                person ? null : PowerOfficeJson.optionalText(item, "OrganizationNumber"), email(item),
                PowerOfficeJson.optionalText(item, "PhoneNumber"), street(address),
                address.isObject() ? PowerOfficeJson.optionalText(address, "ZipCode") : null,
                address.isObject() ? PowerOfficeJson.optionalText(address, "City") : null, country(address), person,
                version, inactive, restrictions(item, where));
    }

    /**
     * The customer card's "Purringer" tab. SendPaymentReminders and TransferToDebtCollectionAgency default to true,
     * the DoNot… flags to false (CustomerDto); a null takes the default.
     */
    static Set<FollowUpRestriction> restrictions(JsonNode item, String where) {
        Set<FollowUpRestriction> restrictions = EnumSet.noneOf(FollowUpRestriction.class);
        if (!PowerOfficeJson.flag(item, "SendPaymentReminders", true, where)) {
            restrictions.add(FollowUpRestriction.NO_REMINDERS);
        }
        if (PowerOfficeJson.flag(item, "DoNotAddLatePaymentFees", false, where)) {
            restrictions.add(FollowUpRestriction.NO_LATE_FEES);
        }
        if (PowerOfficeJson.flag(item, "DoNotAddLatePaymentInterest", false, where)) {
            restrictions.add(FollowUpRestriction.NO_INTEREST);
        }
        if (!PowerOfficeJson.flag(item, "TransferToDebtCollectionAgency", true, where)) {
            restrictions.add(FollowUpRestriction.NO_DEBT_COLLECTION);
        }
        if (PowerOfficeJson.flag(item, "DoNotAutomatePaymentNotifications", false, where)) {
            restrictions.add(FollowUpRestriction.NO_AUTOMATIC_NOTIFICATIONS);
        }
        return restrictions;
    }

    /** Companies have Name (or LegalName), persons FirstName and LastName; the customer number as a last resort. */
    private static String name(JsonNode item, boolean person, String where) {
        String first = PowerOfficeJson.optionalText(item, "FirstName");
        String last = PowerOfficeJson.optionalText(item, "LastName");
        String personal = first == null && last == null ? null
                : ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
        String name = PowerOfficeJson.optionalText(item, "Name");
        String legal = PowerOfficeJson.optionalText(item, "LegalName");
        String chosen = person && personal != null ? personal : name != null ? name : legal != null ? legal : personal;
        if (chosen == null || chosen.isBlank()) {
            Long number = PowerOfficeJson.optionalInteger(item, "Number", where);
            chosen = "Customer " + (number != null ? number : PowerOfficeJson.integer(item, "Id", where));
        }
        return chosen;
    }

    private static String email(JsonNode item) {
        String general = PowerOfficeJson.optionalText(item, "EmailAddress");
        return general != null ? general : PowerOfficeJson.optionalText(item, "InvoiceEmailAddress");
    }

    private static String street(JsonNode address) {
        if (!address.isObject()) {
            return null;
        }
        String first = PowerOfficeJson.optionalText(address, "AddressLine1");
        String second = PowerOfficeJson.optionalText(address, "AddressLine2");
        return first == null ? second : second == null ? first : first + ", " + second;
    }

    /** "Defaults to NO if not set" (ContactAddressDto.CountryCode). */
    private static String country(JsonNode address) {
        String code = address.isObject() ? PowerOfficeJson.optionalText(address, "CountryCode") : null;
        return code == null || code.isBlank() ? "NO" : code;
    }
}
