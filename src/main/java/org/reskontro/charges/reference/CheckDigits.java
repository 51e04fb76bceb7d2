package org.reskontro.charges.reference;

/**
 * The check-digit arithmetic behind the reference schemes. Callers pass ASCII digits only (and, for
 * {@link #mod97}, upper-case letters): every scheme checks its input before it computes.
 */
final class CheckDigits {

    private static final int[] KID_MOD11_WEIGHTS = {2, 3, 4, 5, 6, 7};
    private static final int[] WEIGHTS_731 = {7, 3, 1};

    private CheckDigits() {
    }

    /**
     * Luhn (modulus 10): from the rightmost digit, weights 2,1,2,1,…; the digits of each product are added;
     * check = (10 − sum mod 10) mod 10 (LEGAL.md 5.1; the same "10-modul" serves FIK and Swedish OCR).
     */
    static int luhn(CharSequence payload) {
        return (10 - luhnSum(payload, true) % 10) % 10;
    }

    /** A complete number (payload and check digit) passes Luhn when its sum is a multiple of 10. */
    static boolean passesLuhn(CharSequence number) {
        return luhnSum(number, false) % 10 == 0;
    }

    private static int luhnSum(CharSequence digits, boolean doubleRightmost) {
        int sum = 0;
        boolean doubled = doubleRightmost;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum;
    }

    /**
     * KID MOD11 remainder: weights 2,3,4,5,6,7,2,3,… from the right of the payload, sum mod 11 (LEGAL.md 5.1).
     * Remainder 0 gives check 0, remainder 1 gives the hyphen, otherwise check = 11 − remainder.
     */
    static int kidMod11Remainder(CharSequence payload) {
        int sum = 0;
        for (int i = payload.length() - 1, w = 0; i >= 0; i--, w = (w + 1) % KID_MOD11_WEIGHTS.length) {
            sum += (payload.charAt(i) - '0') * KID_MOD11_WEIGHTS[w];
        }
        return sum % 11;
    }

    /**
     * The Finnish 7-3-1 method: weights 7,3,1,7,3,1,… from the right of the payload; check = (10 − sum mod 10)
     * mod 10 (FKL, Kotimaisen viitteen rakenneohje; LEGAL.md 5.4).
     */
    static int weighted731(CharSequence payload) {
        int sum = 0;
        for (int i = payload.length() - 1, w = 0; i >= 0; i--, w = (w + 1) % WEIGHTS_731.length) {
            sum += (payload.charAt(i) - '0') * WEIGHTS_731[w];
        }
        return (10 - sum % 10) % 10;
    }

    /**
     * ISO 7064 MOD 97-10 of a string of digits and upper-case letters, each letter read as two digits
     * (A = 10 … Z = 35), as ISO 11649 and IBAN do (LEGAL.md 5.5). Computed piecewise, so any length fits in an int.
     */
    static int mod97(CharSequence digitsAndLetters) {
        int remainder = 0;
        for (int i = 0; i < digitsAndLetters.length(); i++) {
            char c = digitsAndLetters.charAt(i);
            remainder = c <= '9' ? (remainder * 10 + (c - '0')) % 97 : (remainder * 100 + (c - 'A' + 10)) % 97;
        }
        return remainder;
    }
}
