package org.reskontro.simulator.poweroffice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * Quantity times unit price excl. VAT at a VAT rate: 0.25 (general MVA), 0.15 (food), 0.12 (transport, hotels)
 * or 0 (exempt); mval. (LOV-2009-06-19-58) §§ 5-1 to 5-3.
 */
public record PowerOfficeLine(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal vatRate) {

    public static final BigDecimal GENERAL_VAT = new BigDecimal("0.25");
    public static final BigDecimal FOOD_VAT = new BigDecimal("0.15");

    public PowerOfficeLine {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(vatRate, "vatRate");
    }

    /** One line at 25 % MVA. */
    public static PowerOfficeLine of(String description, BigDecimal amountExclVat) {
        return new PowerOfficeLine(description, BigDecimal.ONE, amountExclVat, GENERAL_VAT);
    }

    BigDecimal net() {
        return quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
    }

    BigDecimal total() {
        return net().add(net().multiply(vatRate).setScale(2, RoundingMode.HALF_UP));
    }

    static BigDecimal net(List<PowerOfficeLine> lines) {
        return lines.stream().map(PowerOfficeLine::net).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    static BigDecimal total(List<PowerOfficeLine> lines) {
        return lines.stream().map(PowerOfficeLine::total).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
