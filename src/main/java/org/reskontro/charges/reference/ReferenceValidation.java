package org.reskontro.charges.reference;

import org.jspecify.annotations.Nullable;

/**
 * The verdict on one value: valid or not, the value as the scheme read it (white space removed, letters upper
 * case), and for an invalid value the reason in words.
 */
public record ReferenceValidation(boolean valid, String normalised, @Nullable String reason) {

    static ReferenceValidation of(String normalised, @Nullable String problem) {
        return new ReferenceValidation(problem == null, normalised, problem);
    }
}
