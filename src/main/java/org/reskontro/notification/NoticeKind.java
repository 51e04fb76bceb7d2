package org.reskontro.notification;

/** What a notice is; each kind has its own title, wording and e-mail subject in every language. */
public enum NoticeKind {
    /** Before the due date: the invoice falls due soon. */
    PRE_DUE_NOTICE,
    /** A friendly reminder after the due date (DK påmindelse, NO/SE påminnelse, FI maksumuistutus). */
    REMINDER,
    /** A reminder that may carry a fee and interest (DK rykker, NO purring). */
    DUNNING_LETTER,
    /** The last warning before debt collection (DK/NO inkassovarsel, SE inkassokrav, FI maksuvaatimus). */
    COLLECTION_NOTICE,
    /** The claim has been handed over to debt collection. */
    COLLECTION_HANDOVER,
    /** To the creditor: its open invoices and what happens next (S-DOC-3). */
    OUTSTANDING_LIST,
    /** To the creditor: the interest notes booked into its accounting system in one run (S-FEE-3). */
    INTEREST_NOTE_LIST;

    /** Whether the letter asks the recipient to pay (and so shows the payment box). */
    public boolean asksForPayment() {
        return this != COLLECTION_HANDOVER && this != OUTSTANDING_LIST && this != INTEREST_NOTE_LIST;
    }
}
