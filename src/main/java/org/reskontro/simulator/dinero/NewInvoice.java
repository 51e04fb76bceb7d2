package org.reskontro.simulator.dinero;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A draft invoice to add. {@code paymentDays} null takes the contact's payment terms; the payment date (due date)
 * is the invoice date plus those days.
 */
public record NewInvoice(UUID contactGuid, LocalDate date, Integer paymentDays, String currency, String description,
        List<DineroLine> lines) {

    public NewInvoice {
        Objects.requireNonNull(contactGuid, "contactGuid");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(currency, "currency");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("An invoice needs at least one line");
        }
    }

    /** A one-line DKK invoice at 25 % VAT on the contact's terms. */
    public static NewInvoice of(UUID contactGuid, LocalDate date, BigDecimal amountExclVat) {
        return new NewInvoice(contactGuid, date, null, "DKK", "Faktura",
                List.of(DineroLine.of("Ydelser", amountExclVat)));
    }
}
