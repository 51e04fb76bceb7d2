package org.reskontro.charges;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Tells an explanation's steps in a language (bundle {@code i18n/charges}; English when the language has none). */
@Component
public class ExplanationTexts {

    private final MessageSource messages;

    ExplanationTexts(MessageSource messages) {
        this.messages = messages;
    }

    public List<String> steps(Explanation explanation, Locale locale) {
        return explanation.steps().stream()
                .map(step -> messages.getMessage(step.key(), step.args().toArray(), step.key(), locale))
                .toList();
    }

    public String sentence(Explanation explanation, Locale locale) {
        return String.join(" ", steps(explanation, locale));
    }
}
