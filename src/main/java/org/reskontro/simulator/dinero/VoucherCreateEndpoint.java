package org.reskontro.simulator.dinero;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/**
 * POST /v1/{org}/invoices (InvoiceCreateModel) and POST /v1/{org}/sales/creditnotes (SalesCreditNoteCreateModel):
 * a draft, answered with CreatedResponseModel (its Guid and TimeStamp).
 *
 * <p>A client-chosen Guid that a voucher of the organisation already has (deleted ones included) is refused with
 * HTTP 400, code {@code EntityAlreadyExists}: the contract documents no answer for it, and Dinero answers its
 * validation failures with 400 and an error body, so that is the plausible reading. Nothing is changed then, so a
 * client retrying a create learns that its first attempt got through.
 *
 * <p>Where the simulator is stricter than Dinero, it says so in its answer: a ContactGuid is required even for a
 * draft (a credit note with CreditNoteFor takes the invoice's contact), products (ProductGuid), text lines, amounts
 * incl. VAT and payment conditions other than Netto are not simulated. VAT follows the line's account: U25 accounts
 * add 25 %, accounts without a VAT code none.
 */
final class VoucherCreateEndpoint {

    private static final Set<String> LANGUAGES = Set.of("da-DK", "en-GB");

    private VoucherCreateEndpoint() {
    }

    static ApiResponse invoice(OrganisationBooks books, ApiRequest request, LocalDate today, Instant now) {
        JsonBody body = JsonBody.parse(request, "InvoiceCreateModel");
        Common common = common(body, today);
        Integer days = body.integer("PaymentConditionNumberOfDays", false);
        String conditionType = body.text("PaymentConditionType", false);
        if (conditionType != null && !conditionType.equalsIgnoreCase("Netto")) {
            body.problem("PaymentConditionType '" + conditionType + "' is not simulated; use Netto");
        }
        if (days != null && days < 0) {
            body.problem("PaymentConditionNumberOfDays must not be negative");
        }
        body.check();
        synchronized (books) {
            refuseTakenGuid(books, common.origin().guid());
            UUID contact = liveContact(books, common.contact());
            UUID guid = books.addInvoice(new NewInvoice(contact, common.date(), days, common.currency(),
                    common.description(), common.lines()), common.origin(), now);
            return created(books, guid);
        }
    }

    static ApiResponse creditNote(OrganisationBooks books, ApiRequest request, LocalDate today, Instant now) {
        JsonBody body = JsonBody.parse(request, "SalesCreditNoteCreateModel");
        Common common = common(body, today);
        body.check();
        synchronized (books) {
            refuseTakenGuid(books, common.origin().guid());
            UUID creditNoteFor = common.origin().creditNoteFor();
            UUID contact = common.contact();
            if (creditNoteFor != null) {
                DineroDocument invoice = books.document(creditNoteFor)
                        .filter(d -> d.kind() == DineroDocumentKind.INVOICE && !d.deleted())
                        .orElseThrow(() -> ApiException.badRequest("InvoiceNotFound", "CreditNoteFor: organisation "
                                + books.organisationId() + " has no invoice " + creditNoteFor));
                contact = contact == null ? invoice.contactGuid() : contact;
            }
            UUID guid = books.addCreditNote(new NewCreditNote(liveContact(books, contact), common.date(),
                    common.currency(), common.description(), common.lines()), common.origin(), now);
            return created(books, guid);
        }
    }

    private record Common(UUID contact, LocalDate date, String currency, String description, List<DineroLine> lines,
            DraftOrigin origin) {
    }

    private static Common common(JsonBody body, LocalDate today) {
        UUID guid = body.uuid("Guid");
        UUID contact = body.uuid("ContactGuid");
        UUID creditNoteFor = body.uuid("CreditNoteFor");
        String currency = body.text("Currency", false);
        currency = currency == null ? "DKK" : currency.toUpperCase(Locale.ROOT);
        try {
            ExchangeRates.dkkPer100(currency);
        } catch (IllegalArgumentException e) {
            body.problem("Currency: " + e.getMessage());
        }
        String language = body.text("Language", false);
        if (language != null && !LANGUAGES.contains(language)) {
            body.problem("Language '" + language + "' is none of da-DK and en-GB");
        }
        String reference = body.text("ExternalReference", false);
        if (reference != null && reference.length() > 128) {
            body.problem("ExternalReference is longer than 128 characters");
        }
        if (Boolean.TRUE.equals(body.flag("ShowLinesInclVat", false))) {
            body.problem("ShowLinesInclVat=true is not simulated; send amounts excl. VAT");
        }
        LocalDate date = body.date("Date", today);
        String description = body.text("Description", false);
        List<DineroLine> lines = lines(body);
        if (contact == null && creditNoteFor == null) {
            body.problem("ContactGuid is required (the simulator needs the contact already for a draft)");
        }
        return new Common(contact, date, currency, description, lines,
                new DraftOrigin(guid, reference, creditNoteFor, language));
    }

    private static List<DineroLine> lines(JsonBody body) {
        List<JsonBody> items = body.objects("ProductLines", true);
        List<DineroLine> lines = new ArrayList<>();
        for (JsonBody item : items) {
            Integer account = item.integer("AccountNumber", true);
            BigDecimal base = item.number("BaseAmountValue", true);
            BigDecimal quantity = item.number("Quantity", true);
            BigDecimal discount = item.number("Discount", true);
            String description = item.text("Description", false);
            if (item.uuid("ProductGuid") != null) {
                item.problem("ProductGuid: products are not simulated; send a Description");
            } else if (description == null || description.isBlank()) {
                item.problem("Description is required when there is no ProductGuid");
            }
            String type = item.text("LineType", false);
            if (type != null && !type.equalsIgnoreCase("Product")) {
                item.problem("LineType '" + type + "' is not simulated; only Product lines are");
            }
            item.text("Unit", false);
            if (discount != null && (discount.signum() < 0 || discount.compareTo(BigDecimal.valueOf(100)) > 0)) {
                item.problem("Discount must be from 0 to 100");
            }
            SimulatedChart.Account chart = account == null ? null : SimulatedChart.account(account)
                    .filter(a -> a.category().equals("Turnover")).orElse(null);
            if (account != null && chart == null) {
                item.problem("AccountNumber " + account + " is no sales account of the organisation");
            }
            if (chart != null && base != null && quantity != null && discount != null && description != null) {
                BigDecimal price = base.multiply(BigDecimal.valueOf(100).subtract(discount)).movePointLeft(2);
                lines.add(new DineroLine(description, quantity, price, SimulatedChart.vatRate(chart), account));
            }
        }
        if (items.isEmpty()) {
            body.problem("ProductLines needs at least one line");
        }
        return lines;
    }

    private static void refuseTakenGuid(OrganisationBooks books, UUID guid) {
        if (guid != null && books.document(guid).isPresent()) {
            throw ApiException.badRequest("EntityAlreadyExists", "A voucher with Guid " + guid
                    + " already exists in organisation " + books.organisationId());
        }
    }

    private static UUID liveContact(OrganisationBooks books, UUID contact) {
        return books.contact(contact).filter(c -> !c.deleted()).map(DineroContact::guid)
                .orElseThrow(() -> ApiException.badRequest("ContactNotFound", "ContactGuid: organisation "
                        + books.organisationId() + " has no contact " + contact));
    }

    private static ApiResponse created(OrganisationBooks books, UUID guid) {
        ObjectNode answer = SimulatorJson.MAPPER.createObjectNode();
        answer.put("Guid", guid.toString());
        answer.put("TimeStamp", books.document(guid).orElseThrow().timestamp());
        return ApiResponse.json(200, answer);
    }
}
