package org.reskontro.shared;

/** The Nordic jurisdictions Reskontro knows the rules of. */
public enum CountryCode {
    DK, NO, SE, FI;

    public static CountryCode parse(String code) {
        try {
            return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unsupported country '" + code + "': expected DK, NO, SE or FI", e);
        }
    }
}
