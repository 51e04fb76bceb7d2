package org.reskontro.bookkeeping.spi;

/** What a charge document bills: a letter or collection fee, or late-payment interest (an interest note). */
public enum ChargeKind {
    FEE,
    INTEREST
}
