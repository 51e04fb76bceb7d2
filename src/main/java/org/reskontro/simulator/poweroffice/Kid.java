package org.reskontro.simulator.poweroffice;

/**
 * A Norwegian KID (kundeidentifikasjon) as PowerOffice Go prints it on an invoice: the customer number, the invoice
 * number padded to seven digits and a MOD10 (Luhn) check digit, the first of the two check-digit methods Nets
 * accepts for OCR giro (Nets, "OCR giro – Systemspesifikasjon", KID-kontroll MOD10).
 */
final class Kid {

    private Kid() {
    }

    static String of(long customerNo, long invoiceNo) {
        String digits = customerNo + String.format("%07d", invoiceNo);
        return digits + mod10(digits);
    }

    /** Luhn: from the right, every second digit doubled (less 9 when over 9); the check digit tops the sum to 10. */
    static int mod10(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (digit < 0 || digit > 9) {
                throw new IllegalArgumentException("A KID has digits only: " + digits);
            }
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }

    static boolean valid(String kid) {
        return kid.matches("\\d{2,25}") && mod10(kid.substring(0, kid.length() - 1)) == kid.charAt(kid.length() - 1) - '0';
    }
}
