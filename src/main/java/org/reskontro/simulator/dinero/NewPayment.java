package org.reskontro.simulator.dinero;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A payment to register on a booked voucher, in the voucher's currency; never zero. {@code externalReference} may be
 * null; the deposit account is the bank unless stated.
 */
public record NewPayment(LocalDate date, BigDecimal amount, String description, String externalReference,
        int depositAccountNumber) {

    /** Into the bank account, without an external reference. */
    public NewPayment(LocalDate date, BigDecimal amount, String description) {
        this(date, amount, description, null, SimulatedChart.BANK.number());
    }

    public NewPayment {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(description, "description");
        if (amount.signum() == 0) {
            throw new IllegalArgumentException("A payment amount has to be different from 0");
        }
    }
}
