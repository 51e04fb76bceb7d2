package org.reskontro.charges.reference;

/**
 * What people type into a reference field, made checkable: white space goes (references are printed in groups),
 * and every complaint says exactly what is wrong, so an API caller gets a useful 400.
 */
final class Input {

    private Input() {
    }

    /** Removes spaces, tabs, line breaks and no-break spaces; null becomes empty. */
    static String compact(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder kept = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean blank = Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F';
            if (blank && kept == null) {
                kept = new StringBuilder(value.length()).append(value, 0, i);
            } else if (!blank && kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? value : kept.toString();
    }

    /**
     * Upper-cases a to z only: the locale-aware {@code toUpperCase} would turn "ß" into "SS" and accept a
     * character that a reference cannot hold.
     */
    static String asciiUpperCase(String value) {
        char[] chars = value.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'a' && chars[i] <= 'z') {
                chars[i] = (char) (chars[i] - 'a' + 'A');
            }
        }
        return new String(chars);
    }

    /**
     * The payload of a numeric reference, or an {@link IllegalArgumentException} saying why it cannot be one.
     *
     * @param maxPayload the longest payload the scheme takes
     * @param maxTotal   the longest reference, check (and length) digits included, for the message
     */
    static String payloadDigits(String payload, String scheme, int maxPayload, int maxTotal) {
        String digits = compact(payload);
        if (digits.isEmpty()) {
            throw new IllegalArgumentException("The payload is empty: a " + scheme + " needs 1 to " + maxPayload
                    + " digits before its check digit");
        }
        String notDigit = firstNonDigit(digits);
        if (notDigit != null) {
            throw new IllegalArgumentException("The payload '" + digits + "' " + notDigit + ": a " + scheme
                    + " has digits only");
        }
        if (digits.length() > maxPayload) {
            throw new IllegalArgumentException("The payload '" + digits + "' has " + digits.length() + " digits, but a "
                    + scheme + " is at most " + maxTotal + " digits long, so its payload can have at most "
                    + maxPayload);
        }
        return digits;
    }

    /** Why a compacted value cannot be a numeric reference of this length, or null if its shape is right. */
    static String numericShapeProblem(String value, String scheme, int min, int max) {
        if (value.isEmpty()) {
            return "The value is empty";
        }
        String notDigit = firstNonDigit(value);
        if (notDigit != null) {
            return "'" + value + "' " + notDigit + ": a " + scheme + " has digits only";
        }
        return lengthProblem(value, scheme, min, max);
    }

    static String lengthProblem(String value, String scheme, int min, int max) {
        if (value.length() < min || value.length() > max) {
            String expected = min == max ? "exactly " + min : min + " to " + max;
            return "'" + value + "' has " + value.length() + " digits, but a " + scheme + " has " + expected;
        }
        return null;
    }

    /** "has 'x' at position 3" for the first character that is not an ASCII digit, or null. */
    static String firstNonDigit(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return "has '" + c + "' at position " + (i + 1);
            }
        }
        return null;
    }

    static String checkDigitProblem(char found, char expected) {
        return "The check digit is " + found + ", but the digits before it give " + expected;
    }
}
