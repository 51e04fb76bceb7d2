package org.reskontro.simulator.poweroffice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How a match group settles among its members: the debit side (positive amounts) and the credit side (negative)
 * cancel up to the smaller of the two, each side used up in entry order; what is left on an entry is its balance.
 * So a part payment leaves the invoice open by the rest, and an overpayment leaves the excess open on the payment.
 */
final class Matching {

    private Matching() {
    }

    /** The balances of {@code entries} (in entry order) once matched together. */
    static List<BigDecimal> balances(List<LedgerEntry> entries) {
        BigDecimal debit = BigDecimal.ZERO;
        BigDecimal credit = BigDecimal.ZERO;
        for (LedgerEntry entry : entries) {
            if (entry.amount().signum() > 0) {
                debit = debit.add(entry.amount());
            } else {
                credit = credit.add(entry.amount().negate());
            }
        }
        BigDecimal debitLeft = debit.min(credit);
        BigDecimal creditLeft = debitLeft;
        List<BigDecimal> balances = new ArrayList<>();
        for (LedgerEntry entry : entries) {
            BigDecimal size = entry.amount().abs();
            if (entry.amount().signum() > 0) {
                BigDecimal used = size.min(debitLeft);
                debitLeft = debitLeft.subtract(used);
                balances.add(size.subtract(used));
            } else {
                BigDecimal used = size.min(creditLeft);
                creditLeft = creditLeft.subtract(used);
                balances.add(size.subtract(used).negate());
            }
        }
        return balances;
    }
}
