package org.reskontro.charges.reference;

/**
 * The betalings-ID of a Danish FI-kort (FIK): card type +71 has 15 digits, +75 has 16, each including a modulus-10
 * check digit; shorter payloads are left-padded with zeros, which leaves the check digit unchanged (PBS,
 * "Fremstilling af indbetalingskort"; LEGAL.md 5.2). +73 carries no betalings-ID.
 */
enum DanishPaymentId implements Scheme {

    /**
     * +71: weights 1,2,1,2,… from the left over the 14 payload digits, products above 9 reduced by 9, which is
     * exactly Luhn for 15 digits (repo jonasbn/bdkfi, lib/Business/DK/FI.pm, using the mod-10 form for sum 0).
     */
    FIK71("FIK +71 betalings-ID", 15),
    /**
     * +75: Luhn from the right over 16 digits. <b>Inferred</b>, not read in a specification: PBS only says
     * "modulus 10" (LEGAL.md 5.2 and open item 12); verify it against the creditor's FI agreement.
     */
    FIK75("FIK +75 betalings-ID", 16);

    private final String label;
    private final int length;

    DanishPaymentId(String label, int length) {
        this.label = label;
        this.length = length;
    }

    @Override
    public String generate(String payload, HyphenCheckDigit hyphen) {
        String digits = Input.payloadDigits(payload, label, length - 1, length);
        String padded = "0".repeat(length - 1 - digits.length()) + digits;
        return padded + CheckDigits.luhn(padded);
    }

    @Override
    public String problemWith(String value) {
        String shape = Input.numericShapeProblem(value, label, length, length);
        if (shape != null) {
            return shape;
        }
        if (CheckDigits.passesLuhn(value)) {
            return null;
        }
        char expected = (char) ('0' + CheckDigits.luhn(value.substring(0, length - 1)));
        return Input.checkDigitProblem(value.charAt(length - 1), expected);
    }
}
