package org.reskontro.charges;

import java.util.Locale;

/**
 * The kinds of letter a fee can be asked for. Each country maps them to its own instruments: a reminder is a
 * rykker / purring / påminnelse / maksumuistutus; a collection notice an inkassovarsel / påkrav / inkassokrav /
 * maksuvaatimus; a payment demand a betalingsoppfordring / hand-over to collection (inkassogebyr) / maksuvaatimus.
 */
public enum LetterType {
    REMINDER, COLLECTION_NOTICE, PAYMENT_DEMAND;

    public static LetterType parse(String text) {
        if (text != null) {
            for (LetterType type : values()) {
                if (type.wireName().equalsIgnoreCase(text.trim())) {
                    return type;
                }
            }
        }
        throw new ChargesInputException("Unknown letter type '" + text
                + "': expected reminder, collection-notice or payment-demand");
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
