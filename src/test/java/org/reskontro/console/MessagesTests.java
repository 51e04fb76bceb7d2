package org.reskontro.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;

/** Every user-facing text exists in Danish, Norwegian, Swedish and Finnish as well as English. */
class MessagesTests {

    /** Every bundle named in spring.messages.basename; each has an English file and four translations. */
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> bundlesAndLanguages() throws IOException {
        Properties application = load("application.properties");
        return java.util.Arrays.stream(application.getProperty("spring.messages.basename").split(","))
                .map(String::trim)
                .filter(bundle -> MessagesTests.class.getClassLoader().getResource(bundle + ".properties") != null)
                .flatMap(bundle -> java.util.stream.Stream.of("da", "nb", "sv", "fi")
                        .map(language -> org.junit.jupiter.params.provider.Arguments.of(bundle, language)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @org.junit.jupiter.params.provider.MethodSource("bundlesAndLanguages")
    void everyKeyIsTranslatedWithTheSamePlaceholders(String bundle, String language) throws IOException {
        Properties english = load(bundle + ".properties");
        Properties translated = load(bundle + "_" + language + ".properties");
        assertThat(translated.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(translated.getProperty(key))).as(key).isEqualTo(placeholders(english.getProperty(key)));
            assertThat(translated.getProperty(key)).as(key).isNotBlank();
        }
    }

    private static java.util.Set<String> placeholders(String text) {
        java.util.Set<String> found = new java.util.TreeSet<>();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\{\\d+}").matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        var resource = MessagesTests.class.getClassLoader().getResourceAsStream(name);
        org.assertj.core.api.Assertions.assertThat(resource).as(name).isNotNull();
        try (var in = resource) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
