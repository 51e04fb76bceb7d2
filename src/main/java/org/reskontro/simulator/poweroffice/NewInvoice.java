package org.reskontro.simulator.poweroffice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An invoice to send from the simulated PowerOffice Go: it is posted at once (an OutgoingInvoice voucher) with the
 * next invoice number and a KID. {@code paymentTermDays} null takes the customer's terms. A currency other than NOK
 * needs its rate in NOK per unit; the customer ledger then holds the NOK amounts.
 */
public record NewInvoice(long customerId, LocalDate date, Integer paymentTermDays, String currencyCode,
        BigDecimal exchangeRate, List<PowerOfficeLine> lines) {

    public NewInvoice {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(currencyCode, "currencyCode");
        Objects.requireNonNull(exchangeRate, "exchangeRate");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("An invoice needs at least one line");
        }
        if ("NOK".equals(currencyCode) && exchangeRate.compareTo(BigDecimal.ONE) != 0) {
            throw new IllegalArgumentException("NOK is the client currency: its rate is 1");
        }
    }

    /** A one-line NOK invoice at 25 % MVA on the customer's terms. */
    public static NewInvoice of(long customerId, LocalDate date, BigDecimal amountExclVat) {
        return new NewInvoice(customerId, date, null, "NOK", BigDecimal.ONE,
                List.of(PowerOfficeLine.of("Tjenester", amountExclVat)));
    }
}
