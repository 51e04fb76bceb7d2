package org.reskontro.bookkeeping;

import java.util.List;
import org.reskontro.shared.Money;

/**
 * Which part of a claim a debtor's payments cover, in the order the law gives when the debtor names none: costs (fees)
 * first, then interest, then the principal. The accounting system registers each payment on the document it was
 * matched to; this says what is legally still owed of each part of the one line (S-SYNC-5, S-FEE-6), which is what
 * interest runs on and what a collection case takes over. Pure: amounts in, amounts out.
 */
public final class LegalAllocation {

    /** The parts of a claim, in the order they are covered by default. */
    public enum Part { COSTS, INTEREST, PRINCIPAL }

    /** The default order: costs, interest, principal (DK, NO, SE and FI alike, absent an agreement). */
    public static final List<Part> DEFAULT_ORDER = List.of(Part.COSTS, Part.INTEREST, Part.PRINCIPAL);

    /** What was charged of each part and what is still owed of each after the payments. */
    public record Split(Money paid, Money costsOwed, Money interestOwed, Money principalOwed) {

        public Money total() {
            return costsOwed.plus(interestOwed).plus(principalOwed);
        }
    }

    private LegalAllocation() {
    }

    /**
     * {@code paid} (everything paid on the line, whichever document it was registered on) covers the parts in
     * {@code order}; a part is never covered beyond what was charged of it, and an overpayment stays unallocated.
     */
    public static Split allocate(Money principal, Money interest, Money costs, Money paid, List<Part> order) {
        if (paid.amount().signum() < 0) {
            throw new IllegalArgumentException("Paid is not negative: " + paid);
        }
        Money left = paid;
        Money[] owed = {costs, interest, principal};
        for (Part part : order) {
            int index = part.ordinal();
            Money covered = left.compareTo(owed[index]) < 0 ? left : owed[index];
            owed[index] = owed[index].minus(covered);
            left = left.minus(covered);
        }
        return new Split(paid, owed[0], owed[1], owed[2]);
    }
}
