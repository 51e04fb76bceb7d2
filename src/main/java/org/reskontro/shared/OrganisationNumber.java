package org.reskontro.shared;

import java.util.Objects;

/**
 * A company registration number, checked with the registry's own check digit:
 * DK CVR (8 digits, modulus 11, weights 2,7,6,5,4,3,2,1), NO organisasjonsnummer (9 digits, modulus 11,
 * weights 3,2,7,6,5,4,3,2), SE organisationsnummer (10 digits, Luhn), FI Y-tunnus (7 digits, hyphen, check
 * digit; modulus 11, weights 7,9,10,5,8,4,2).
 */
public record OrganisationNumber(CountryCode country, String value) {

    private static final int[] CVR_WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};
    private static final int[] NO_WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};
    private static final int[] FI_WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

    public OrganisationNumber {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(value, "value");
        String problem = problemWith(country, value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Parses user input, tolerating spaces, and a "DK" or "SE" VAT prefix. */
    public static OrganisationNumber parse(CountryCode country, String input) {
        return new OrganisationNumber(country, normalise(country, input));
    }

    public static boolean isValid(CountryCode country, String input) {
        return input != null && problemWith(country, normalise(country, input)) == null;
    }

    private static String normalise(CountryCode country, String input) {
        String compact = input == null ? "" : input.replaceAll("[\\s.]", "").toUpperCase(java.util.Locale.ROOT);
        if (compact.startsWith(country.name())) {
            compact = compact.substring(2);
        }
        if (country == CountryCode.SE && compact.length() == 12 && compact.endsWith("01")) {
            compact = compact.substring(0, 10); // Swedish VAT number: SE + orgnr + "01"
        }
        if (country != CountryCode.FI) {
            compact = compact.replace("-", "");
        }
        return compact;
    }

    private static String problemWith(CountryCode country, String value) {
        return switch (country) {
            case DK -> weightedMod11(value, CVR_WEIGHTS, true) ? null
                    : "'" + value + "' is not a valid Danish CVR number (8 digits, modulus 11)";
            case NO -> weightedMod11(value, NO_WEIGHTS, false) ? null
                    : "'" + value + "' is not a valid Norwegian organisation number (9 digits, modulus 11)";
            case SE -> value.matches("\\d{10}") && luhn(value) ? null
                    : "'" + value + "' is not a valid Swedish organisation number (10 digits, Luhn)";
            case FI -> finnishBusinessId(value) ? null
                    : "'" + value + "' is not a valid Finnish business ID (1234567-8)";
        };
    }

    /** With {@code checkIncluded} the last weight covers the check digit and the sum must be 0 mod 11. */
    private static boolean weightedMod11(String value, int[] weights, boolean checkIncluded) {
        int length = checkIncluded ? weights.length : weights.length + 1;
        if (!value.matches("\\d{" + length + "}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (value.charAt(i) - '0') * weights[i];
        }
        if (checkIncluded) {
            return value.charAt(0) != '0' && sum % 11 == 0;
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == value.charAt(length - 1) - '0';
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    private static boolean finnishBusinessId(String value) {
        if (!value.matches("\\d{7}-\\d")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (value.charAt(i) - '0') * FI_WEIGHTS[i];
        }
        int remainder = sum % 11;
        if (remainder == 1) {
            return false;
        }
        int check = remainder == 0 ? 0 : 11 - remainder;
        return check == value.charAt(8) - '0';
    }

    @Override
    public String toString() {
        return value;
    }
}
