package org.reskontro.notification;

/**
 * Where a notice stands. For a notice that is e-mailed (also with a letter) it is the e-mail's state; for a letter
 * only, the letter's.
 */
public enum NoticeStatus {
    /** Recorded, the e-mail not yet handed to the SMTP server (seen only if the process stopped in between). */
    PENDING,
    /** The SMTP server accepted the e-mail. */
    SENT,
    /** The letter waits in the creditor's print queue. */
    PRINT_QUEUED,
    /** The letter went out in a print batch. */
    PRINTED,
    /** The e-mail could not be handed over (retried later), or the notice has no usable channel at all. */
    FAILED,
    /** The e-mail was accepted but came back; a letter is queued instead where there is a postal address. */
    BOUNCED
}
