package org.reskontro.charges.reference;

/** One reference algorithm behind a {@link ReferenceScheme}; inputs arrive as the caller typed them. */
sealed interface Scheme permits NorwegianKid, DanishPaymentId, SwedishOcr, FinnishReference, CreditorReference {

    /** The payload with its check digit(s); throws {@link IllegalArgumentException} saying what is wrong. */
    String generate(String payload, HyphenCheckDigit hyphen);

    /** The value as the scheme compares it: white space removed, and upper case where letters occur. */
    default String normalise(String value) {
        return Input.compact(value);
    }

    /** Why a normalised value is not a valid reference, or null if it is one. */
    String problemWith(String normalised);

    /** How the reference is printed on an invoice; most schemes print it as it is. */
    default String printed(String reference) {
        return reference;
    }
}
