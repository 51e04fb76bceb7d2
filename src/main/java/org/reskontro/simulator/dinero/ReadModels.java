package org.reskontro.simulator.dinero;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The contract's read models with every property, named as in the OpenAPI schemas: SalesVoucherReadListModel,
 * ContactReadModel, OrganizationReadModel, InvoicePaymentsModel and PaymentReadModel.
 */
final class ReadModels {

    static final List<String> VOUCHER_PROPERTIES = List.of("Number", "Guid", "ExternalReference", "Date",
            "PaymentDate", "Description", "Status", "Type", "ContactName", "ContactGuid", "TotalInclVat",
            "TotalExclVat", "TotalInclVatInDkk", "TotalExclVatInDkk", "MailOutStatus", "LatestMailOutType",
            "Currency", "CreatedAt", "UpdatedAt", "DeletedAt");

    static final List<String> CONTACT_PROPERTIES = List.of("ContactGuid", "CreatedAt", "UpdatedAt", "DeletedAt",
            "IsDebitor", "IsCreditor", "CompanyStatus", "VatRegionKey", "ExternalReference", "Name", "Street",
            "ZipCode", "City", "CountryKey", "Phone", "Email", "Webpage", "AttPerson", "VatNumber", "EanNumber",
            "SENumber", "PNumber", "PaymentConditionType", "PaymentConditionNumberOfDays", "IsPerson", "IsMember",
            "MemberNumber", "UseCvr", "CompanyTypeKey", "InvoiceMailOutOptionKey", "PreferredInvoiceLanguageKey",
            "PreferredInvoiceCurrencyKey");

    static final List<String> ORGANISATION_PROPERTIES = List.of("Name", "Id", "Type", "IsPro", "IsPayingPro",
            "IsVatFree", "Email", "Phone", "Street", "City", "ZipCode", "AttPerson", "IsTaxFreeUnion", "VatNumber",
            "CountryKey", "Website");

    private static final List<String> EU = List.of("AT", "BE", "BG", "CY", "CZ", "DE", "EE", "ES", "FI", "FR", "GR",
            "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

    private ReadModels() {
    }

    static ObjectNode voucher(DineroDocument d, LocalDate today) {
        ObjectNode n = SimulatorJson.MAPPER.createObjectNode();
        n.put("Number", d.number());
        n.put("Guid", d.guid().toString());
        n.put("ExternalReference", d.externalReference());
        n.put("Date", d.date().toString());
        n.put("PaymentDate", text(d.paymentDate()));
        n.put("Description", d.description());
        n.put("Status", d.status(today).wireName());
        n.put("Type", d.kind().wireName());
        n.put("ContactName", d.contactName());
        n.put("ContactGuid", d.contactGuid().toString());
        n.put("TotalInclVat", d.totalInclVat());
        n.put("TotalExclVat", d.totalExclVat());
        n.put("TotalInclVatInDkk", d.totalInclVatInDkk());
        n.put("TotalExclVatInDkk", d.totalExclVatInDkk());
        n.put("MailOutStatus", d.booked() ? "Sent" : "NotSent");
        n.put("LatestMailOutType", d.booked() ? "Mailout" : "None");
        n.put("Currency", d.currency());
        n.put("CreatedAt", text(d.createdAt()));
        n.put("UpdatedAt", text(d.updatedAt()));
        n.put("DeletedAt", text(d.deletedAt()));
        return n;
    }

    static ObjectNode contact(DineroContact c) {
        boolean company = !c.person();
        ObjectNode n = SimulatorJson.MAPPER.createObjectNode();
        n.put("ContactGuid", c.guid().toString());
        n.put("CreatedAt", text(c.createdAt()));
        n.put("UpdatedAt", text(c.updatedAt()));
        n.put("DeletedAt", text(c.deletedAt()));
        n.put("IsDebitor", c.debitor());
        n.put("IsCreditor", c.creditor());
        n.put("CompanyStatus", company && "DK".equals(c.countryKey()) ? "normal" : null);
        n.put("VatRegionKey", "DK".equals(c.countryKey()) ? "DK" : EU.contains(c.countryKey()) ? "EU" : "World");
        n.putNull("ExternalReference");
        n.put("Name", c.name());
        n.put("Street", c.street());
        n.put("ZipCode", c.zipCode());
        n.put("City", c.city());
        n.put("CountryKey", c.countryKey());
        n.put("Phone", c.phone());
        n.put("Email", c.email());
        n.putNull("Webpage");
        n.putNull("AttPerson");
        n.put("VatNumber", company ? c.vatNumber() : null);
        for (String absent : List.of("EanNumber", "SENumber", "PNumber")) {
            n.putNull(absent);
        }
        n.put("PaymentConditionType", "Netto");
        n.put("PaymentConditionNumberOfDays", c.paymentDays());
        n.put("IsPerson", c.person());
        n.put("IsMember", false);
        n.putNull("MemberNumber");
        n.put("UseCvr", company && "DK".equals(c.countryKey()));
        n.put("CompanyTypeKey", company ? "PrivateLimitedCompany" : null);
        n.put("InvoiceMailOutOptionKey", company && c.vatNumber() != null ? "VAT" : null);
        n.put("PreferredInvoiceLanguageKey", "DK".equals(c.countryKey()) ? "da" : "en");
        n.put("PreferredInvoiceCurrencyKey", "DK".equals(c.countryKey()) ? "DKK" : "EUR");
        return n;
    }

    static ObjectNode organisation(OrganisationBooks books) {
        ObjectNode n = SimulatorJson.MAPPER.createObjectNode();
        n.put("Name", books.name());
        n.put("Id", books.organisationId());
        n.put("Type", "Default");
        n.put("IsPro", true);
        n.put("IsPayingPro", true);
        n.put("IsVatFree", false);
        for (String absent : List.of("Email", "Phone", "Street", "City", "ZipCode", "AttPerson")) {
            n.putNull(absent);
        }
        n.put("IsTaxFreeUnion", false);
        n.putNull("VatNumber");
        n.put("CountryKey", "DK");
        n.putNull("Website");
        return n;
    }

    /** For a credit note the same model: its total, the refunds and offsets paid on it, and what is left. */
    static ObjectNode payments(DineroDocument d) {
        ObjectNode n = SimulatorJson.MAPPER.createObjectNode();
        ArrayNode payments = n.putArray("Payments");
        for (DineroPayment p : d.payments()) {
            ObjectNode payment = payments.addObject();
            payment.put("Guid", p.guid().toString());
            payment.put("DepositAccountNumber", p.depositAccountNumber());
            payment.put("Currency", d.currency());
            payment.put("ExchangeRate", d.exchangeRate());
            payment.put("PaymentClass", d.kind().wireName());
            payment.putNull("RelatedVoucherId");
            payment.put("ExternalReference", p.externalReference());
            payment.put("PaymentDate", p.date().toString());
            payment.put("Description", p.description());
            payment.put("Amount", p.amount());
        }
        n.put("RemainingAmount", d.remainingAmount());
        n.put("PaidAmount", d.paidAmount());
        n.put("InvoiceTotalIncludingReminderExpenses", d.totalInclVat());
        n.put("RemainderAsFeeAvailable", false);
        return n;
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
