package org.reskontro.platform.security;

import org.reskontro.platform.ReskontroProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Outside demo mode the first agency admin comes from {@code RESKONTRO_ADMIN_USERNAME} / {@code RESKONTRO_ADMIN_PASSWORD}
 * on a start with no users; a default password there stops the start (the policy refuses it).
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final Operators operators;
    private final ReskontroProperties properties;
    private final String username;
    private final String password;

    FirstAdmin(Operators operators, ReskontroProperties properties,
            @Value("${reskontro.admin.username:admin}") String username,
            @Value("${reskontro.admin.password:}") String password) {
        this.operators = operators;
        this.properties = properties;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.demo() || !operators.all().isEmpty()) {
            return;
        }
        if (password.isBlank()) {
            log.warn("No users exist. Set RESKONTRO_ADMIN_PASSWORD (at least 12 characters, no default) and restart "
                    + "to create the first agency admin '{}'.", username);
            return;
        }
        operators.create(username, password, Role.AGENCY_ADMIN, null);
        log.info("Created the first agency admin '{}'.", username);
    }
}
