package org.reskontro.charges.reference;

/**
 * Swedish OCR reference for Bankgirot and Plusgirot: up to 25 digits ending in a Luhn ("10-modul") check digit.
 * With a length digit, the second-to-last digit is the total length (length and check digit included) mod 10,
 * for agreements with variable-length control; otherwise only the check digit is controlled (Bankgirot,
 * "OCR-referenskontroll"; LEGAL.md 5.3).
 */
enum SwedishOcr implements Scheme {

    WITH_LENGTH_DIGIT("Swedish OCR reference with length digit", 3),
    CHECK_DIGIT_ONLY("Swedish OCR reference", 2);

    static final int MAX_LENGTH = 25;

    private final String label;
    private final int minLength;

    SwedishOcr(String label, int minLength) {
        this.label = label;
        this.minLength = minLength;
    }

    private int addedDigits() {
        return this == WITH_LENGTH_DIGIT ? 2 : 1;
    }

    @Override
    public String generate(String payload, HyphenCheckDigit hyphen) {
        String digits = Input.payloadDigits(payload, label, MAX_LENGTH - addedDigits(), MAX_LENGTH);
        String body = this == WITH_LENGTH_DIGIT ? digits + (digits.length() + 2) % 10 : digits;
        return body + CheckDigits.luhn(body);
    }

    @Override
    public String problemWith(String value) {
        String shape = Input.numericShapeProblem(value, label, minLength, MAX_LENGTH);
        if (shape != null) {
            return shape;
        }
        if (!CheckDigits.passesLuhn(value)) {
            char expected = (char) ('0' + CheckDigits.luhn(value.substring(0, value.length() - 1)));
            return Input.checkDigitProblem(value.charAt(value.length() - 1), expected);
        }
        if (this == WITH_LENGTH_DIGIT) {
            int lengthDigit = value.charAt(value.length() - 2) - '0';
            if (lengthDigit != value.length() % 10) {
                return "The length digit is " + lengthDigit + ", but the reference has " + value.length()
                        + " digits, so it should be " + value.length() % 10;
            }
        }
        return null;
    }
}
