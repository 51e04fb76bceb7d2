package org.reskontro.charges.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Properties over thousands of seeded random payloads (jqwik 1.10 still needs JUnit Platform 1, so a plain seeded
 * loop: the same payloads on every run). What each algorithm guarantees is checked for every case, not sampled:
 * Luhn, 7-3-1, KID MOD11 and MOD 97-10 each catch every single-digit error; MOD11 and MOD 97-10 also catch every
 * swap of two adjacent digits, Luhn all but 09 and 90. 7-3-1 does not catch all swaps (weights 7 and 3 differ by 4,
 * so swapping digits 5 apart goes unseen) and is not tested for them.
 */
class ReferenceSchemePropertyTests {

    private static final long SEED = 20_261_120L;
    private static final String DIGITS = "0123456789";
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    @ParameterizedTest
    @EnumSource(ReferenceScheme.class)
    void aGeneratedReferenceAlwaysValidatesAndPrints(ReferenceScheme scheme) {
        forRandomReferences(scheme, 10_000, DIGITS + LETTERS, reference -> {
            if (!scheme.isValid(reference) || !scheme.isValid(scheme.printed(reference))) {
                fail(scheme + ": generated " + reference + " does not validate: " + scheme.validate(reference).reason());
            }
        });
    }

    @ParameterizedTest
    @EnumSource(ReferenceScheme.class)
    void changingAnySingleDigitNeverValidates(ReferenceScheme scheme) {
        forRandomReferences(scheme, 1_000, DIGITS + LETTERS, reference -> {
            for (int i = firstCheckedPosition(scheme); i < reference.length(); i++) {
                char original = reference.charAt(i);
                String alternatives = LETTERS.indexOf(original) >= 0 ? LETTERS
                        : scheme == ReferenceScheme.KID_MOD11 && i == reference.length() - 1 ? DIGITS + "-" : DIGITS;
                for (char other : alternatives.toCharArray()) {
                    if (other != original) {
                        String changed = reference.substring(0, i) + other + reference.substring(i + 1);
                        refused(scheme, reference, changed);
                    }
                }
            }
        });
    }

    @ParameterizedTest
    @EnumSource(value = ReferenceScheme.class, names = {"KID_MOD11", "RF"})
    void swappingAnyTwoAdjacentDigitsNeverValidates(ReferenceScheme scheme) {
        forRandomReferences(scheme, 1_000, DIGITS, reference -> {
            for (int i = firstCheckedPosition(scheme); i + 1 < reference.length(); i++) {
                if (reference.charAt(i) != reference.charAt(i + 1)) {
                    String swapped = swap(reference, i);
                    refused(scheme, reference, swapped);
                }
            }
        });
    }

    @ParameterizedTest
    @EnumSource(value = ReferenceScheme.class, names = {"KID_MOD10", "FIK71", "FIK75", "SE_OCR", "SE_OCR_CHECK_DIGIT_ONLY"})
    void luhnCatchesEverySwapOfAdjacentDigitsExcept09And90(ReferenceScheme scheme) {
        forRandomReferences(scheme, 1_000, DIGITS, reference -> {
            for (int i = 0; i + 1 < reference.length(); i++) {
                String pair = reference.substring(i, i + 2);
                if (pair.charAt(0) != pair.charAt(1) && !pair.equals("09") && !pair.equals("90")) {
                    String swapped = swap(reference, i);
                    refused(scheme, reference, swapped);
                }
            }
        });
        assertThat(scheme.isValid(swap(scheme.generate("0900000000000"), 0)))
                .as("Luhn cannot see 09 become 90").isTrue();
    }

    /** Asserts without building a description for each of the million passing cases. */
    private static void refused(ReferenceScheme scheme, String reference, String changed) {
        if (scheme.isValid(changed)) {
            fail(scheme + ": " + reference + " changed to " + changed + " still validates");
        }
    }

    /** RF's own letters are checked by its prefix, not by the check digits. */
    private static int firstCheckedPosition(ReferenceScheme scheme) {
        return scheme == ReferenceScheme.RF ? 2 : 0;
    }

    private static String swap(String value, int i) {
        return value.substring(0, i) + value.charAt(i + 1) + value.charAt(i) + value.substring(i + 2);
    }

    /** Random payloads of every length the scheme takes; RF payloads draw from {@code rfAlphabet}. */
    private static void forRandomReferences(ReferenceScheme scheme, int count, String rfAlphabet, Consumer<String> check) {
        Random random = new Random(SEED + scheme.ordinal());
        int[] lengths = payloadLengths(scheme);
        for (int n = 0; n < count; n++) {
            int length = lengths[0] + random.nextInt(lengths[1] - lengths[0] + 1);
            String alphabet = scheme == ReferenceScheme.RF ? rfAlphabet : DIGITS;
            StringBuilder payload = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                payload.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (scheme == ReferenceScheme.FI_REF && payload.charAt(0) == '0') {
                payload.setCharAt(0, '1'); // keeps at least three significant digits
            }
            check.accept(scheme.generate(payload.toString(), HyphenCheckDigit.ALLOW));
        }
    }

    private static int[] payloadLengths(ReferenceScheme scheme) {
        return switch (scheme) {
            case KID_MOD10, KID_MOD11, SE_OCR_CHECK_DIGIT_ONLY -> new int[] {1, 24};
            case FIK71 -> new int[] {1, 14};
            case FIK75 -> new int[] {1, 15};
            case SE_OCR -> new int[] {1, 23};
            case FI_REF -> new int[] {3, 19};
            case RF -> new int[] {1, 21};
        };
    }
}
