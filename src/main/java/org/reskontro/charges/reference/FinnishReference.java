package org.reskontro.charges.reference;

/**
 * Finnish domestic reference (viitenumero): 3 to 19 digits and a 7-3-1 check digit, 4 to 20 digits in all, printed
 * without leading zeros in groups of five from the right (FKL, "Kotimaisen viitteen rakenneohje"; LEGAL.md 5.4).
 * Leading zeros do not change the check digit and are allowed in the value (bank files pad to 20 positions), but
 * the digits after them must still be long enough to print a reference of at least 4 digits.
 */
enum FinnishReference implements Scheme {

    INSTANCE;

    private static final String LABEL = "Finnish reference (viitenumero)";
    static final int MIN_LENGTH = 4;
    static final int MAX_LENGTH = 20;

    @Override
    public String generate(String payload, HyphenCheckDigit hyphen) {
        String digits = Input.payloadDigits(payload, LABEL, MAX_LENGTH - 1, MAX_LENGTH);
        int significant = digits.length() - leadingZeros(digits);
        if (significant < MIN_LENGTH - 1) {
            throw new IllegalArgumentException("The payload '" + digits + "' has " + significant + " digits after its"
                    + " leading zeros, but a " + LABEL + " needs at least " + (MIN_LENGTH - 1)
                    + " before its check digit (leading zeros are not printed)");
        }
        return digits + CheckDigits.weighted731(digits);
    }

    @Override
    public String problemWith(String value) {
        String shape = Input.numericShapeProblem(value, LABEL, MIN_LENGTH, MAX_LENGTH);
        if (shape != null) {
            return shape;
        }
        int significant = value.length() - leadingZeros(value);
        if (significant < MIN_LENGTH) {
            return "'" + value + "' has " + significant + " digits after its leading zeros, but a " + LABEL
                    + " has at least " + MIN_LENGTH;
        }
        char expected = (char) ('0' + CheckDigits.weighted731(value.substring(0, value.length() - 1)));
        char found = value.charAt(value.length() - 1);
        return found == expected ? null : Input.checkDigitProblem(found, expected);
    }

    /** "12 34561": no leading zeros, groups of five counted from the right. */
    @Override
    public String printed(String reference) {
        String digits = reference.substring(leadingZeros(reference));
        StringBuilder printed = new StringBuilder(digits.length() + digits.length() / 5);
        int head = digits.length() % 5;
        printed.append(digits, 0, head);
        for (int i = head; i < digits.length(); i += 5) {
            if (!printed.isEmpty()) {
                printed.append(' ');
            }
            printed.append(digits, i, i + 5);
        }
        return printed.toString();
    }

    private static int leadingZeros(String digits) {
        int zeros = 0;
        while (zeros < digits.length() && digits.charAt(zeros) == '0') {
            zeros++;
        }
        return zeros;
    }
}
