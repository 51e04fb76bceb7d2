package org.reskontro.console;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Language: the browser's choice among da, nb, sv, fi and en, overridable with {@code ?lang=} (kept in a cookie). */
@Configuration(proxyBeanMethods = false)
class ConsoleConfiguration implements WebMvcConfigurer {

    static final java.util.List<Locale> LANGUAGES = java.util.List.of(Locale.ENGLISH, Locale.forLanguageTag("da"),
            Locale.forLanguageTag("nb"), Locale.forLanguageTag("sv"), Locale.forLanguageTag("fi"));

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("reskontro-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> {
            Locale best = request.getLocale();
            for (Locale supported : LANGUAGES) {
                if (best != null && supported.getLanguage().equals(normalise(best.getLanguage()))) {
                    return supported;
                }
            }
            return Locale.ENGLISH;
        });
        return resolver;
    }

    /** Norwegian browsers say "no" or "nn" as often as "nb". */
    private static String normalise(String language) {
        return "no".equals(language) || "nn".equals(language) ? "nb" : language;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        registry.addInterceptor(interceptor);
    }
}
