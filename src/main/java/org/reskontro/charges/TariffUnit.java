package org.reskontro.charges;

/** What a tariff row's value means. */
public enum TariffUnit {
    AMOUNT, PERCENT, MULTIPLIER, DAYS, COUNT
}
