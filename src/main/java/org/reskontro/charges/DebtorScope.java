package org.reskontro.charges;

/** Which debtors a table row applies to; a row for the debtor's own type wins over an ANY row. */
public enum DebtorScope {
    ANY, CONSUMER, BUSINESS;

    public boolean covers(DebtorType debtor) {
        return this == ANY || name().equals(debtor.name());
    }
}
