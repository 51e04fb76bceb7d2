package org.reskontro.charges;

import java.util.List;

/**
 * Why an amount is what it is: the rule applied, the statute it comes from, and the steps of the reasoning and
 * arithmetic. Steps are message keys with their arguments (bundle {@code i18n/charges}), so the console and the
 * API can tell it in the reader's language.
 */
public record Explanation(String rule, String statute, List<Step> steps) {

    public Explanation {
        steps = List.copyOf(steps);
    }

    /** One sentence of the explanation: a message key and its already formatted arguments. */
    public record Step(String key, List<String> args) {

        public Step {
            args = List.copyOf(args);
        }

        public static Step of(String key, Object... args) {
            return new Step(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
        }
    }
}
