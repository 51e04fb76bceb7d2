package org.reskontro.charges;

/** Light (lett) or heavy (tung) collection, for the Norwegian salær cap. */
public enum CollectionStage {
    LIGHT, HEAVY;

    public static CollectionStage parse(String text) {
        if ("light".equalsIgnoreCase(text)) {
            return LIGHT;
        }
        if ("heavy".equalsIgnoreCase(text)) {
            return HEAVY;
        }
        throw new ChargesInputException("Unknown stage '" + text + "': expected light or heavy");
    }
}
