package org.reskontro.dunning.domain;

/** The kinds of dunning step, in the order a claim normally meets them. */
public enum StepType {
    /** A friendly notice before the due date; never a fee. */
    PRE_DUE_NOTICE,
    /** A friendly reminder after the due date (påmindelse / betalingspåminnelse); usually without a fee. */
    REMINDER,
    /** A formal dunning letter (rykker / purring / påminnelse / maksumuistutus), which may carry a fee. */
    DUNNING_LETTER,
    /** The notice that collection will start (inkassovarsel / påkrav § 10 / inkassokrav / maksuvaatimus). */
    COLLECTION_NOTICE,
    /** Hand-over to a debt collection case. */
    COLLECTION_HANDOVER
}
