package org.reskontro.simulator.poweroffice;

import java.time.LocalDate;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * The contract's DTOs, named and typed as in the OpenAPI schemas (which forbid additional properties):
 * CustomerDto with its ContactAddressDto, OutgoingInvoiceDto, CustomerLedgerEntryDto, VoucherDocumentationDto and
 * OrganizationSettingDto. Properties the simulator has no notion of are sent as null where the schema allows it.
 */
final class Dtos {

    private static final List<String> NULL_CUSTOMER_PROPERTIES = List.of("Allowance", "BillableRate",
            "CreatedFromImportJournalId", "CustomerSince", "DateOfBirth", "DeliveryTerm", "DeliveryTermId",
            "DepartmentCode", "DepartmentId", "ExternalImportReference", "ExternalNumber", "InvoiceBrandingThemeCode",
            "InvoiceBrandingThemeId", "InvoiceEmailAddressCC", "NationalIdNumber", "PaymentTermId",
            "SalesPersonEmployeeId", "SalesPersonEmployeeNumber", "WebsiteUrl");
    private static final List<String> NULL_INVOICE_PROPERTIES = List.of("BrandingThemeCode", "BrandingThemeId",
            "ContractNo", "CustomerReference", "CustomerReferenceContactPersonId",
            "DeliveryAddress1", "DeliveryAddress2", "DeliveryAddressCity", "DeliveryAddressCountryCode",
            "DeliveryAddressZipCode", "DeliveryDate", "DeliveryTerm", "DeliveryTermId", "DepartmentCode",
            "DepartmentId", "Dim1Code", "Dim1Id", "Dim2Code", "Dim2Id", "Dim3Code", "Dim3Id",
            "ImportedOrderNo", "LocationCode", "LocationId", "OrderNo", "PaymentTermId", "ProjectCode", "ProjectId",
            "PurchaseOrderReference", "SellersReferenceEmployeeId", "SellersReferenceEmployeeNo");
    private static final List<String> NULL_ENTRY_PROPERTIES = List.of("CreatedFromImportJournalId",
            "CustomerExternalNo", "DepartmentCode", "DepartmentId", "Dim1Code", "Dim1Id",
            "Dim2Code", "Dim2Id", "Dim3Code", "Dim3Id", "LocationCode", "LocationId",
            "PaidFromBankAccount", "ProjectCode", "ProjectId");

    private Dtos() {
    }

    static ObjectNode customer(PowerOfficeCustomer c) {
        NewCustomer card = c.card();
        ReminderSettings reminders = card.reminders();
        ObjectNode n = SimulatorJson.MAPPER.createObjectNode();
        n.put("Id", c.id());
        n.put("Number", c.number());
        n.put("IsPerson", card.person());
        n.put("Name", card.person() ? null : card.name());
        n.put("LegalName", card.person() ? null : card.name());
        n.put("FirstName", card.firstName());
        n.put("LastName", card.lastName());
        n.put("OrganizationNumber", card.person() ? null : card.organisationNumber());
        n.put("EmailAddress", card.emailAddress());
        n.put("InvoiceEmailAddress", card.emailAddress());
        n.put("PaymentReminderEmailAddress", card.emailAddress());
        n.put("PhoneNumber", card.phoneNumber());
        ObjectNode address = n.putObject("MailAddress");
        address.put("Id", c.addressId());
        address.put("AddressLine1", card.addressLine1());
        address.putNull("AddressLine2");
        address.put("ZipCode", card.zipCode());
        address.put("City", card.city());
        address.put("CountryCode", card.countryCode());
        address.putNull("ExternalCode");
        address.put("LastChangedDateTimeOffset", SimulatorJson.timestamp(c.addressChangedAt()));
        n.put("CurrencyCode", "NOK");
        n.put("PaymentTerm", card.paymentTermDays());
        n.put("InvoiceDeliveryType", card.emailAddress() == null ? "Print" : "PdfByEmail");
        n.put("ReminderDeliveryType", card.emailAddress() == null ? "Print" : "PdfByEmail");
        n.put("NoticeOfDebtCollectionDeliveryType", card.emailAddress() == null ? "Print" : "PdfByEmail");
        n.put("SendPaymentReminders", reminders.sendPaymentReminders());
        n.put("DoNotAddLatePaymentFees", reminders.doNotAddLatePaymentFees());
        n.put("DoNotAddLatePaymentInterest", reminders.doNotAddLatePaymentInterest());
        n.put("DoNotAutomatePaymentNotifications", reminders.doNotAutomatePaymentNotifications());
        n.put("TransferToDebtCollectionAgency", reminders.transferToDebtCollectionAgency());
        n.put("UseInvoiceFee", true);
        n.put("IsVatFree", !"NO".equals(card.countryCode()));
        n.put("IsArchived", c.archived());
        n.put("IsActive", !c.archived());
        n.putArray("ContactGroupIds");
        n.put("SubledgerAccountId", c.subledgerAccountId());
        n.put("ContactCreatedDateTimeOffset", SimulatorJson.timestamp(c.createdAt()));
        n.put("CustomerCreatedDateTimeOffset", SimulatorJson.timestamp(c.createdAt()));
        n.put("LastChangedDateTimeOffset", SimulatorJson.timestamp(c.lastChangedAt()));
        NULL_CUSTOMER_PROPERTIES.forEach(n::putNull);
        return n;
    }

    /** {@code entry} is the invoice's own ledger entry: it carries Balance, MatchId and their last change. */
    static ObjectNode outgoingInvoice(OutgoingInvoice i, LedgerEntry entry) {
        return outgoingInvoice(i, entry, null, null);
    }

    /** With the references an integration gave the sales order it was sent from (null for the others). */
    static ObjectNode outgoingInvoice(OutgoingInvoice i, LedgerEntry entry, String externalImportReference,
            String customMatchingReference) {
        ObjectNode n = SimulatorJson.MAPPER.createObjectNode();
        n.put("Id", i.id().toString());
        n.put("VoucherType", i.voucherType());
        n.put("InvoiceNo", i.invoiceNo());
        n.put("VoucherNo", i.voucherNo());
        n.put("CustomerId", i.customerId());
        n.put("CustomerNo", i.customerNo());
        n.put("VoucherDate", i.voucherDate().toString());
        n.put("OrderDate", i.voucherDate().toString());
        n.put("DueDate", i.dueDate().toString());
        n.put("PaymentTerm", i.paymentTermDays());
        n.put("CurrencyCode", i.currencyCode());
        n.put("CurrencyExchangeRate", i.exchangeRate());
        n.put("NetAmount", i.net());
        n.put("TotalAmount", i.total());
        n.put("NetPostedAmount", i.netPosted());
        n.put("TotalPostedAmount", i.totalPosted());
        n.put("Balance", entry.balance());
        n.put("BalanceLastChangedDateTimeOffset", SimulatorJson.timestamp(entry.lastChangedAt()));
        if (entry.matchId() == null) {
            n.putNull("MatchId");
        } else {
            n.put("MatchId", entry.matchId());
        }
        n.put("Cid", i.cid());
        if (i.relatedInvoiceNo() == null) {
            n.putNull("RelatedInvoiceNo");
        } else {
            n.put("RelatedInvoiceNo", i.relatedInvoiceNo());
        }
        n.put("IsReversed", i.reversed());
        n.put("IsCreatedByCurrentIntegration", externalImportReference != null);
        n.put("ExternalImportReference", externalImportReference);
        n.put("CustomMatchingReference", customMatchingReference);
        n.put("InvoiceDeliveryType", "PdfByEmail");
        n.put("SentDateTimeOffset", SimulatorJson.timestamp(i.createdAt()));
        n.put("CreatedDateTimeOffset", SimulatorJson.timestamp(i.createdAt()));
        n.put("LastChangedDateTimeOffset", SimulatorJson.timestamp(i.lastChangedAt()));
        NULL_INVOICE_PROPERTIES.forEach(n::putNull);
        return n;
    }

    static ObjectNode ledgerEntry(LedgerEntry e, String customerName) {
        return ledgerEntry(e, customerName, null, null);
    }

    static ObjectNode ledgerEntry(LedgerEntry e, String customerName, String externalImportReference,
            String customMatchingReference) {
        ObjectNode n = SimulatorJson.MAPPER.createObjectNode();
        n.put("Id", e.id());
        n.put("VoucherId", e.voucherId().toString());
        n.put("VoucherNo", e.voucherNo());
        n.put("VoucherType", e.voucherType());
        n.put("CustomerId", e.customerId());
        n.put("CustomerAccountNo", e.customerNo());
        n.put("CustomerName", customerName);
        n.put("Amount", e.amount());
        n.put("CurrencyCode", e.currencyCode());
        n.put("CurrencyAmount", e.currencyAmount());
        n.put("Balance", e.balance());
        n.put("PostingDate", e.postingDate().toString());
        n.put("VoucherDate", e.voucherDate().toString());
        n.put("DueDate", text(e.dueDate()));
        n.put("InvoiceNo", e.invoiceNo() == null ? null : String.valueOf(e.invoiceNo()));
        n.put("Cid", e.cid());
        if (e.matchId() == null) {
            n.putNull("MatchId");
        } else {
            n.put("MatchId", e.matchId());
        }
        n.put("IsWriteOff", e.writeOff());
        n.put("IsCreatedByCurrentIntegration", externalImportReference != null);
        n.put("ExternalImportReference", externalImportReference);
        n.put("CustomMatchingReference", customMatchingReference);
        n.put("CreatedDateTimeOffset", SimulatorJson.timestamp(e.createdAt()));
        n.put("LastChangedDateTimeOffset", SimulatorJson.timestamp(e.lastChangedAt()));
        NULL_ENTRY_PROPERTIES.forEach(n::putNull);
        return n;
    }

    static ObjectNode voucherDocumentation(OutgoingInvoice i) {
        ObjectNode n = SimulatorJson.MAPPER.createObjectNode();
        n.put("VoucherId", i.id().toString());
        n.put("VoucherNo", i.voucherNo());
        n.put("VoucherType", i.voucherType());
        n.put("HasPdf", true);
        n.put("HasEhf", false);
        n.put("HasImages", false);
        n.put("HasSalesOrderAttachments", false);
        n.put("IsImported", false);
        return n;
    }

    static ObjectNode organizationSettings(PowerOfficeClient client, java.time.Instant changedAt) {
        ObjectNode n = SimulatorJson.MAPPER.createObjectNode();
        n.put("Id", client.id().toString());
        n.put("Name", client.name());
        n.put("LegalName", client.name());
        n.put("OrganizationNumber", client.organisationNumber());
        n.putNull("EmailAddress");
        n.putNull("PhoneNumber");
        n.putNull("WebsiteUrl");
        n.put("InvoiceInboxEhf", false);
        n.put("InvoiceInboxEmail", false);
        n.putNull("InvoiceInboxEmailAddress");
        n.put("IsAgricultureClient", false);
        n.put("MailAddressIsDeliveryAddress", true);
        n.put("LastChangedDateTimeOffset", SimulatorJson.timestamp(changedAt));
        return n;
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
