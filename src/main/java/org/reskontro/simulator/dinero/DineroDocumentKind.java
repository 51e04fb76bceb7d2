package org.reskontro.simulator.dinero;

/** The two sales vouchers the simulator keeps, with the {@code Type} value Dinero gives them. */
public enum DineroDocumentKind {
    INVOICE("Invoice"), CREDIT_NOTE("CreditNote");

    private final String wireName;

    DineroDocumentKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
