package org.reskontro.testing;

import java.util.UUID;
import org.reskontro.platform.security.Operators;
import org.reskontro.platform.security.Role;
import org.reskontro.shared.CreditorId;

/** Unique users per test, so tests sharing one database never collide. */
public final class TestOperators {

    public static final String PASSWORD = "correct horse battery staple";

    private TestOperators() {
    }

    public static String admin(Operators operators) {
        String name = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        operators.create(name, PASSWORD, Role.AGENCY_ADMIN, null);
        return name;
    }

    /** Runs the action signed in as a (not persisted) agency admin, as a console request would be. */
    public static void runAsAgencyAdmin(Runnable action) {
        var admin = new org.reskontro.platform.security.Operator(UUID.randomUUID(), "test-admin", "n/a",
                Role.AGENCY_ADMIN, null);
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var before = context.getAuthentication();
        context.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                admin, null, admin.getAuthorities()));
        try {
            action.run();
        } finally {
            context.setAuthentication(before);
        }
    }

    public static String creditorUser(Operators operators, CreditorId creditor) {
        String name = "user-" + UUID.randomUUID().toString().substring(0, 8);
        operators.create(name, PASSWORD, Role.CREDITOR_USER, creditor);
        return name;
    }
}
