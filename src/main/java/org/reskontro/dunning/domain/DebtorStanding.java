package org.reskontro.dunning.domain;

/** What the creditor decided for the whole debtor. */
public enum DebtorStanding {
    /** Followed up by the policy. */
    FOLLOWED_UP,
    /** Follow-up switched off for this debtor (S-SYNC-10): nothing is sent. */
    FOLLOW_UP_OFF,
    /** Reminded, but never handed over to collection (S-DUN-6). */
    EXCLUDED_FROM_COLLECTION
}
