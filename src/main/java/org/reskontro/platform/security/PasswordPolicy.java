package org.reskontro.platform.security;

import java.util.Locale;
import java.util.Set;
import org.reskontro.platform.ReskontroProperties;
import org.springframework.stereotype.Component;

/**
 * Demo mode accepts the printed demo passwords; production refuses well-known defaults and short passwords,
 * because a self-hosted receivables hub holds every debtor's personal data.
 */
@Component
public class PasswordPolicy {

    private static final Set<String> DEFAULTS = Set.of("demo", "admin", "password", "reskontro", "changeme",
            "secret", "123456", "12345678", "qwerty", "letmein");
    private static final int MINIMUM_LENGTH = 12;

    private final ReskontroProperties properties;

    public PasswordPolicy(ReskontroProperties properties) {
        this.properties = properties;
    }

    public void check(String username, String password) {
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("A password is required");
        }
        if (properties.demo()) {
            return;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (DEFAULTS.contains(lower) || lower.equals(username.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("Default passwords are refused outside demo mode");
        }
        if (password.length() < MINIMUM_LENGTH) {
            throw new IllegalArgumentException("A password needs at least " + MINIMUM_LENGTH + " characters outside demo mode");
        }
    }
}
