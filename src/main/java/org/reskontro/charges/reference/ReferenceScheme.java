package org.reskontro.charges.reference;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The payment reference schemes of the Nordic giro systems, each with the name the REST API uses. Generation takes a
 * payload (an invoice or customer number) and appends the check digit(s); validation reads what a person or a bank
 * file gives, tolerating spaces (and lower case in RF). Bad input is an {@link IllegalArgumentException} that says
 * what is wrong. Algorithms and test vectors: LEGAL.md section 5.
 */
public enum ReferenceScheme {

    /** Norwegian KID with a MOD10 (Luhn) check digit; 2 to 25 digits. */
    KID_MOD10("kid-mod10", NorwegianKid.MOD10),
    /** Norwegian KID with a MOD11 check digit, "-" for remainder 1 (see {@link HyphenCheckDigit}); 2 to 25 digits. */
    KID_MOD11("kid-mod11", NorwegianKid.MOD11),
    /** Danish FI-kort +71 betalings-ID: 14 payload digits (left-padded with zeros) and a modulus-10 check digit. */
    FIK71("fik71", DanishPaymentId.FIK71),
    /**
     * Danish FI-kort +75 betalings-ID: 15 payload digits (left-padded) and a check digit by Luhn from the right.
     * The algorithm is <b>inferred</b> from "modulus 10" (LEGAL.md open item 12): verify with the FI agreement.
     */
    FIK75("fik75", DanishPaymentId.FIK75),
    /** Swedish OCR reference with length digit and Luhn check digit, for variable-length control; up to 25 digits. */
    SE_OCR("se-ocr", SwedishOcr.WITH_LENGTH_DIGIT),
    /** Swedish OCR reference with a Luhn check digit only, for agreements that control the check digit only. */
    SE_OCR_CHECK_DIGIT_ONLY("se-ocr-check-digit", SwedishOcr.CHECK_DIGIT_ONLY),
    /** Finnish viitenumero: 3 to 19 digits and a 7-3-1 check digit; printed in groups of five from the right. */
    FI_REF("fi-ref", FinnishReference.INSTANCE),
    /** ISO 11649 RF creditor reference: RF, two mod-97 check digits, 1 to 21 letters or digits; printed in fours. */
    RF("rf", CreditorReference.INSTANCE);

    private static final String NAMES = Arrays.stream(values()).map(ReferenceScheme::apiName)
            .collect(Collectors.joining(", "));

    private final String apiName;
    private final Scheme scheme;

    ReferenceScheme(String apiName, Scheme scheme) {
        this.apiName = apiName;
        this.scheme = scheme;
    }

    /** The name in the REST API, e.g. {@code kid-mod10}. */
    public String apiName() {
        return apiName;
    }

    /** Finds a scheme by its API name, ignoring case and surrounding spaces. */
    public static ReferenceScheme byApiName(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (ReferenceScheme candidate : values()) {
            if (candidate.apiName.equals(wanted)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("Unknown reference scheme '" + name + "': expected one of " + NAMES);
    }

    /** The reference for this payload; a KID MOD11 payload whose check digit would be "-" is refused. */
    public String generate(String payload) {
        return generate(payload, HyphenCheckDigit.REFUSE);
    }

    public String generate(String payload, HyphenCheckDigit hyphen) {
        return scheme.generate(payload, hyphen);
    }

    public ReferenceValidation validate(String value) {
        String normalised = scheme.normalise(value);
        return ReferenceValidation.of(normalised, scheme.problemWith(normalised));
    }

    public boolean isValid(String value) {
        return scheme.problemWith(scheme.normalise(value)) == null;
    }

    /** How a valid reference is printed on an invoice (FI in groups of five, RF in groups of four). */
    public String printed(String reference) {
        String normalised = scheme.normalise(reference);
        String problem = scheme.problemWith(normalised);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return scheme.printed(normalised);
    }
}
