package org.reskontro.charges.reference;

/**
 * Norwegian KID (kundeidentifikasjon): 2 to 25 digits including the check digit, which is MOD10 (Luhn) or MOD11
 * as agreed with the bank (Mastercard Payment Services, formerly Nets; LEGAL.md 5.1). MPS itself asks for at
 * least 4 digits; shorter KIDs are accepted here because some systems allow 2.
 */
enum NorwegianKid implements Scheme {

    MOD10("KID (MOD10)"),
    MOD11("KID (MOD11)");

    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 25;

    private final String label;

    NorwegianKid(String label) {
        this.label = label;
    }

    @Override
    public String generate(String payload, HyphenCheckDigit hyphen) {
        String digits = Input.payloadDigits(payload, label, MAX_LENGTH - 1, MAX_LENGTH);
        return digits + checkDigit(digits, hyphen);
    }

    private char checkDigit(String digits, HyphenCheckDigit hyphen) {
        if (this == MOD10) {
            return (char) ('0' + CheckDigits.luhn(digits));
        }
        int remainder = CheckDigits.kidMod11Remainder(digits);
        if (remainder == 1 && hyphen == HyphenCheckDigit.REFUSE) {
            throw new IllegalArgumentException("The KID MOD11 payload '" + digits + "' leaves remainder 1, so its check"
                    + " digit would be '-' (a hyphen), which many banks' OCR agreements do not accept. Choose another"
                    + " payload, or ask for the hyphen explicitly (allowHyphen=true) if your agreement accepts it");
        }
        return mod11Check(remainder);
    }

    /** Remainder 0 gives 0, remainder 1 gives the hyphen, otherwise 11 − remainder. */
    private static char mod11Check(int remainder) {
        return switch (remainder) {
            case 0 -> '0';
            case 1 -> '-';
            default -> (char) ('0' + 11 - remainder);
        };
    }

    /** Invoices sometimes print the hyphen as an en dash; it is read as the hyphen. */
    @Override
    public String normalise(String value) {
        return Input.compact(value).replace('\u2013', '-');
    }

    @Override
    public String problemWith(String value) {
        if (value.isEmpty()) {
            return "The value is empty";
        }
        String body = value.substring(0, value.length() - 1);
        char last = value.charAt(value.length() - 1);
        String notDigit = Input.firstNonDigit(this == MOD11 && last == '-' ? body : value);
        if (notDigit != null) {
            return "'" + value + "' " + notDigit + ": a " + label + " has digits only"
                    + (this == MOD11 ? ", except a '-' as its check digit" : "");
        }
        String length = Input.lengthProblem(value, label, MIN_LENGTH, MAX_LENGTH);
        if (length != null) {
            return length;
        }
        char expected = this == MOD10 ? (char) ('0' + CheckDigits.luhn(body)) : mod11Check(CheckDigits.kidMod11Remainder(body));
        return last == expected ? null : Input.checkDigitProblem(last, expected);
    }
}
