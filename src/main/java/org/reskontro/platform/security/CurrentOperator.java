package org.reskontro.platform.security;

import org.reskontro.shared.CreditorId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in operator, and the one tenant check every console page and API call goes through. */
public final class CurrentOperator {

    private CurrentOperator() {
    }

    public static Operator get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Operator operator)) {
            throw new AccessDeniedException("Not signed in");
        }
        return operator;
    }

    /** Throws unless the signed-in operator may see this creditor (I5). */
    public static Operator requireAccessTo(CreditorId creditor) {
        Operator operator = get();
        if (!operator.canAccess(creditor)) {
            throw new CreditorNotVisibleException(creditor);
        }
        return operator;
    }

    public static Operator requireAgencyAdmin() {
        Operator operator = get();
        if (!operator.isAgencyAdmin()) {
            throw new AccessDeniedException("Only an agency admin may do this");
        }
        return operator;
    }
}
