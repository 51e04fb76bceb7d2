package org.reskontro.charges.reference;

/**
 * ISO 11649 structured creditor reference: "RF", two check digits and 1 to 21 letters or digits, at most 25
 * characters, printed in groups of four. The check digits are 98 − (reference + "RF00") mod 97 with letters read as
 * A = 10 … Z = 35; a valid reference, its first four characters moved to the end, is 1 mod 97 (LEGAL.md 5.5, after
 * repo arthurdejong/python-stdnum, stdnum/iso11649.py). In Finland the payload is a complete viitenumero.
 */
enum CreditorReference implements Scheme {

    INSTANCE;

    private static final String LABEL = "RF creditor reference";
    static final int MAX_PAYLOAD = 21;

    @Override
    public String generate(String payload, HyphenCheckDigit hyphen) {
        String body = Input.asciiUpperCase(Input.compact(payload));
        if (body.isEmpty()) {
            throw new IllegalArgumentException("The payload is empty: an " + LABEL + " needs 1 to " + MAX_PAYLOAD
                    + " letters or digits after RF and its check digits");
        }
        String notAlphanumeric = firstNonAlphanumeric(body, 0);
        if (notAlphanumeric != null) {
            throw new IllegalArgumentException("The payload '" + body + "' " + notAlphanumeric + ": an " + LABEL
                    + " has the letters A-Z and digits only");
        }
        if (body.length() > MAX_PAYLOAD) {
            throw new IllegalArgumentException("The payload '" + body + "' has " + body.length() + " characters, but an "
                    + LABEL + " is at most 25 characters long, so its payload can have at most " + MAX_PAYLOAD);
        }
        int check = 98 - CheckDigits.mod97(body + "RF00");
        return "RF" + (check < 10 ? "0" : "") + check + body;
    }

    @Override
    public String normalise(String value) {
        return Input.asciiUpperCase(Input.compact(value));
    }

    @Override
    public String problemWith(String value) {
        if (value.isEmpty()) {
            return "The value is empty";
        }
        if (!value.startsWith("RF")) {
            return "'" + value + "' does not start with RF";
        }
        if (value.length() < 5 || value.length() > 4 + MAX_PAYLOAD) {
            return "'" + value + "' has " + value.length() + " characters, but an " + LABEL + " has 5 to "
                    + (4 + MAX_PAYLOAD);
        }
        String checkDigits = value.substring(2, 4);
        String notDigit = Input.firstNonDigit(checkDigits);
        if (notDigit != null) {
            return "The check digits '" + checkDigits + "' after RF are not two digits";
        }
        String notAlphanumeric = firstNonAlphanumeric(value, 4);
        if (notAlphanumeric != null) {
            return "'" + value + "' " + notAlphanumeric + ": an " + LABEL + " has the letters A-Z and digits only";
        }
        // 98 − r lies in 02..98: 00, 01 and 99 pass the mod-97 test for some references but are never issued.
        if (checkDigits.equals("00") || checkDigits.equals("01") || checkDigits.equals("99")) {
            return "The check digits " + checkDigits + " are never issued (they lie outside 02 to 98)";
        }
        String body = value.substring(4);
        if (CheckDigits.mod97(body + value.substring(0, 4)) == 1) {
            return null;
        }
        int expected = 98 - CheckDigits.mod97(body + "RF00");
        return "The check digits are " + checkDigits + ", but the characters after them give "
                + (expected < 10 ? "0" : "") + expected;
    }

    /** "RF33 2348 236": groups of four from the left. */
    @Override
    public String printed(String reference) {
        StringBuilder printed = new StringBuilder(reference.length() + reference.length() / 4);
        for (int i = 0; i < reference.length(); i += 4) {
            if (i > 0) {
                printed.append(' ');
            }
            printed.append(reference, i, Math.min(i + 4, reference.length()));
        }
        return printed.toString();
    }

    private static String firstNonAlphanumeric(String value, int from) {
        for (int i = from; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z')) {
                return "has '" + c + "' at position " + (i + 1);
            }
        }
        return null;
    }
}
