package org.reskontro.simulator.poweroffice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A payment in NOK, positive: on an invoice, money the customer paid (an OCR giro or bank voucher); on a credit
 * note, money paid back to the customer. It is matched against the document at once.
 */
public record NewPayment(LocalDate date, BigDecimal amount, boolean ocr) {

    public NewPayment {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("A payment amount is positive");
        }
    }

    /** A payment by KID through the OCR giro, as most Norwegian invoices are paid. */
    public static NewPayment byKid(LocalDate date, BigDecimal amount) {
        return new NewPayment(date, amount, true);
    }

    /** A bank transfer booked by hand on a bank voucher. */
    public static NewPayment byBank(LocalDate date, BigDecimal amount) {
        return new NewPayment(date, amount, false);
    }
}
