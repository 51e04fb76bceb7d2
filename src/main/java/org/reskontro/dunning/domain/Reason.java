package org.reskontro.dunning.domain;

/** Why an invoice gets no letter today; each has a message {@code dunning.reason.<NAME>} in five languages. */
public enum Reason {
    PAID,
    CREDIT_NOTE,
    NO_DUE_DATE,
    BELOW_MINIMUM,
    DEBTOR_FOLLOW_UP_OFF,
    /** The customer card in the accounting system says: no reminders. */
    ERP_NO_REMINDERS,
    DEBTOR_EXCLUDED_FROM_COLLECTION,
    DISPUTED,
    PAUSED,
    HANDED_OVER,
    POLICY_COMPLETE,
    NOT_DUE_YET,
    WAITING_FOR_STEP,
    WAITING_FOR_DEADLINE,
    NOT_A_BUSINESS_DAY
}
