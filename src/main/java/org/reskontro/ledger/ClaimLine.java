package org.reskontro.ledger;

import org.reskontro.shared.Money;

/**
 * One invoice as the debtor owes it (S-SYNC-5): the invoice's own remainder plus what is still open on the fee
 * invoices and interest notes Reskontro booked for it, reported as one line with the total remainder.
 */
public record ClaimLine(OpenItem invoice, Money feesOpen, Money interestOpen) {

    public Money total() {
        return invoice.open().plus(feesOpen).plus(interestOpen);
    }
}
