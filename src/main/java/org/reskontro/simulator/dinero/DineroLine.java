package org.reskontro.simulator.dinero;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * Quantity times unit price excl. VAT, at a VAT rate such as 0.25 (Danish moms) or 0 (reverse charge), booked on a
 * sales account (the standard sales account unless a line names another).
 */
public record DineroLine(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal vatRate,
        int accountNumber) {

    public static final BigDecimal DANISH_VAT = new BigDecimal("0.25");

    public DineroLine {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(vatRate, "vatRate");
    }

    /** On the standard sales account. */
    public DineroLine(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal vatRate) {
        this(description, quantity, unitPrice, vatRate, SimulatedChart.SALES.number());
    }

    /** A single line at 25 % VAT. */
    public static DineroLine of(String description, BigDecimal amountExclVat) {
        return new DineroLine(description, BigDecimal.ONE, amountExclVat, DANISH_VAT);
    }

    public BigDecimal amountExclVat() {
        return quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
    }

    public BigDecimal amountInclVat() {
        return amountExclVat().add(vat());
    }

    public BigDecimal vat() {
        return amountExclVat().multiply(vatRate).setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal totalExclVat(List<DineroLine> lines) {
        return lines.stream().map(DineroLine::amountExclVat).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    static BigDecimal totalInclVat(List<DineroLine> lines) {
        return lines.stream().map(line -> line.amountExclVat().add(line.vat()))
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
