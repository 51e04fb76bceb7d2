package org.reskontro.platform.web;

import java.util.List;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The stateless calculators of the API (charge rules, payment references, organisation numbers): they need no
 * creditor, so anyone may call them, and {@link CalculatorRateLimitFilter} limits each client. Security permits
 * exactly what this matcher matches, so the two can never disagree.
 */
public final class CalculatorPaths {

    public static final List<String> PATTERNS = List.of(
            "/api/v1/rules/**", "/api/v1/references/**", "/api/v1/organisation-numbers/**");

    private CalculatorPaths() {
    }

    public static RequestMatcher matcher() {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(PATTERNS.stream().<RequestMatcher>map(paths::matcher).toList());
    }
}
