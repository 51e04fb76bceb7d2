package org.reskontro.shared;

/**
 * What a creditor's accounting system says must not be done when following one debtor up, set on the customer card
 * (S-DUN-6 "exclude a customer from collection", S-SYNC-10). Mirrored as the system states it; Reskontro's own
 * follow-up switch per debtor is separate, and dunning and collection honour both.
 */
public enum FollowUpRestriction {
    /** No reminders (dunning letters) at all. */
    NO_REMINDERS,
    /** Reminders without a late-payment fee. */
    NO_LATE_FEES,
    /** No late-payment interest. */
    NO_INTEREST,
    /** Never handed over to a debt-collection agency. */
    NO_DEBT_COLLECTION,
    /** No automatic payment notifications, the friendly reminders without a fee; sent by hand only. */
    NO_AUTOMATIC_NOTIFICATIONS
}
