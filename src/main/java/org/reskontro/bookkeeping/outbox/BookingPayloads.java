package org.reskontro.bookkeeping.outbox;

import org.reskontro.bookkeeping.OutboxKind;
import org.reskontro.bookkeeping.spi.Booking;
import org.reskontro.bookkeeping.spi.ChargeCreditNote;
import org.reskontro.bookkeeping.spi.ChargeInvoice;
import org.reskontro.bookkeeping.spi.ChargeKind;
import org.reskontro.bookkeeping.spi.PaymentRegistration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bookings as the outbox stores them: the SPI's own records as JSON, the row's kind saying which. Stored whole, so a
 * row sent a week after it was queued sends exactly what was decided then.
 */
public final class BookingPayloads {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BookingPayloads() {
    }

    public static String write(Booking booking) {
        return JSON.writeValueAsString(booking);
    }

    public static Booking read(OutboxKind kind, String payload) {
        return switch (kind) {
            case FEE_INVOICE, INTEREST_NOTE -> JSON.readValue(payload, ChargeInvoice.class);
            case CREDIT_NOTE -> JSON.readValue(payload, ChargeCreditNote.class);
            case PAYMENT -> JSON.readValue(payload, PaymentRegistration.class);
        };
    }

    public static OutboxKind kindOf(Booking booking) {
        return switch (booking) {
            case ChargeInvoice invoice -> invoice.kind() == ChargeKind.FEE ? OutboxKind.FEE_INVOICE : OutboxKind.INTEREST_NOTE;
            case ChargeCreditNote note -> OutboxKind.CREDIT_NOTE;
            case PaymentRegistration payment -> OutboxKind.PAYMENT;
        };
    }
}
