package org.reskontro.notification.render;

import java.util.Locale;

/** The five languages letters are written in; any other language gets English. */
public final class Languages {

    public static final Locale DANISH = Locale.forLanguageTag("da");
    public static final Locale NORWEGIAN = Locale.forLanguageTag("nb");
    public static final Locale SWEDISH = Locale.forLanguageTag("sv");
    public static final Locale FINNISH = Locale.forLanguageTag("fi");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Languages() {
    }

    /** da, nb, sv, fi or en; Norwegian in any form ("no", "nn", "nb-NO") is written in Bokmål. */
    public static Locale of(Locale requested) {
        if (requested == null) {
            return ENGLISH;
        }
        return switch (requested.getLanguage()) {
            case "da" -> DANISH;
            case "nb", "no", "nn" -> NORWEGIAN;
            case "sv" -> SWEDISH;
            case "fi" -> FINNISH;
            default -> ENGLISH;
        };
    }

    /** The country whose number conventions go with the language (grouping and decimal separators). */
    static Locale numbers(Locale language) {
        return switch (language.getLanguage()) {
            case "da" -> Locale.forLanguageTag("da-DK");
            case "nb" -> Locale.forLanguageTag("nb-NO");
            case "sv" -> Locale.forLanguageTag("sv-SE");
            case "fi" -> Locale.forLanguageTag("fi-FI");
            default -> Locale.UK;
        };
    }
}
