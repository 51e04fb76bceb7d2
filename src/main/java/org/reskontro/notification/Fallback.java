package org.reskontro.notification;

/** Why a notice went by another channel than the one asked for; the console words each in its own language. */
public enum Fallback {
    /** The recipient has no e-mail address. */
    NO_EMAIL,
    /** The recipient's e-mail address is not a usable address. */
    INVALID_EMAIL,
    /** A letter was asked for, but the recipient has no postal address. */
    NO_POSTAL_ADDRESS,
    /** The SMTP server refused the e-mail on every attempt. */
    EMAIL_FAILED,
    /** The e-mail came back. */
    EMAIL_BOUNCED
}
