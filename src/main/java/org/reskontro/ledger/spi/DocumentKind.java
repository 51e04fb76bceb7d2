package org.reskontro.ledger.spi;

public enum DocumentKind {
    INVOICE, CREDIT_NOTE
}
