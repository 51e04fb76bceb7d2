package org.reskontro.charges;

import java.util.Locale;

/** Consumer or business debtor: several rules (FI rates, B2B compensation, NO salær) depend on it. */
public enum DebtorType {
    CONSUMER, BUSINESS;

    /** Reads {@code consumer} or {@code business} (any case); null or blank means consumer, the stricter rules. */
    public static DebtorType parse(String text) {
        if (text == null || text.isBlank()) {
            return CONSUMER;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "consumer" -> CONSUMER;
            case "business" -> BUSINESS;
            default -> throw new ChargesInputException("Unknown debtor type '" + text + "': expected consumer or business");
        };
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
