package org.reskontro.charges.reference;

/**
 * What KID MOD11 generation does when the weighted sum leaves remainder 1, whose check "digit" is a hyphen.
 * Nets / Mastercard Payment Services accept the hyphen, but several banks and libraries do not (LEGAL.md 5.1 and
 * open item 13), so it is refused unless the caller asks for it. Every other scheme ignores this choice.
 */
public enum HyphenCheckDigit {
    /** Refuse such a payload with a message that says why and how to get the hyphen anyway. */
    REFUSE,
    /** Write "-" as the check digit, for OCR agreements that accept it. */
    ALLOW
}
