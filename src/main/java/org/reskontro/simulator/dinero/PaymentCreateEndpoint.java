package org.reskontro.simulator.dinero;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/**
 * POST /v1/{org}/invoices/{guid}/payments (PaymentCreateModel), answered with CreatedPaymentResponse. Payments go
 * only on booked invoices; the Timestamp must be the invoice's current one (400 TimestampOutdated otherwise), and
 * since every payment moves it, a payment sent twice with the same Timestamp is registered once. Amount is in DKK;
 * on a foreign-currency invoice AmountInForeignCurrency (the invoice's currency) is required and is what is
 * registered. Negative amounts are allowed (the contract asks only for "different from 0"): they reverse. The
 * deposit account must be one of the organisation's liquid-assets accounts; RemainderIsFee=true is not simulated.
 */
final class PaymentCreateEndpoint {

    private PaymentCreateEndpoint() {
    }

    static ApiResponse create(OrganisationBooks books, String guid, ApiRequest request, LocalDate today,
            Instant now) {
        JsonBody body = JsonBody.parse(request, "PaymentCreateModel");
        String timestamp = body.text("Timestamp", true);
        Integer deposit = body.integer("DepositAccountNumber", true);
        Boolean remainderIsFee = body.flag("RemainderIsFee", true);
        String description = body.text("Description", true);
        BigDecimal amount = body.number("Amount", true);
        BigDecimal foreign = body.number("AmountInForeignCurrency", false);
        String reference = body.text("ExternalReference", false);
        LocalDate date = body.date("PaymentDate", today);
        if (amount != null && amount.signum() == 0) {
            body.problem("Amount has to be different from 0");
        }
        if (reference != null && reference.length() > 128) {
            body.problem("ExternalReference is longer than 128 characters");
        }
        if (Boolean.TRUE.equals(remainderIsFee)) {
            body.problem("RemainderIsFee=true is not simulated");
        }
        if (deposit != null && SimulatedChart.account(deposit).filter(a -> a.category().equals("Liquid Assets"))
                .isEmpty()) {
            body.problem("DepositAccountNumber " + deposit + " is no deposit account of the organisation");
        }
        body.check();
        synchronized (books) {
            DineroDocument invoice = VoucherBookEndpoint.live(books, DineroDocumentKind.INVOICE, guid);
            if (!invoice.booked()) {
                throw ApiException.badRequest("InvoiceNotBooked", "Payments can only be added to a booked invoice; "
                        + guid + " is a draft");
            }
            VoucherBookEndpoint.requireCurrent(invoice, timestamp);
            BigDecimal registered = amount;
            if (!invoice.currency().equals("DKK")) {
                if (foreign == null || foreign.signum() != amount.signum()) {
                    throw ApiException.badRequest("ValidationError", "The request is invalid: "
                            + "AmountInForeignCurrency (in " + invoice.currency() + ", same sign as Amount) is "
                            + "required for a payment on a " + invoice.currency() + " invoice");
                }
                registered = foreign;
            }
            UUID payment = books.registerPayment(invoice.guid(), new NewPayment(date, registered, description,
                    reference, deposit), now);
            ObjectNode answer = SimulatorJson.MAPPER.createObjectNode();
            answer.put("Guid", payment.toString());
            answer.put("TimeStamp", books.document(invoice.guid()).orElseThrow().timestamp());
            answer.putNull("RelatedVoucherGuid");
            return ApiResponse.json(200, answer);
        }
    }
}
