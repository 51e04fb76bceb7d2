package org.reskontro.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.reskontro.shared.CreditorId;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Whoever is signed in: a person (console or HTTP Basic) or an API token. {@code creditor} is the one
 * creditor a creditor user or token is bound to; null for an agency admin.
 */
public record Operator(UUID id, String username, String passwordHash, Role role, CreditorId creditor)
        implements UserDetails {

    public boolean canAccess(CreditorId candidate) {
        return role == Role.AGENCY_ADMIN || candidate.equals(creditor);
    }

    public boolean isAgencyAdmin() {
        return role == Role.AGENCY_ADMIN;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String toString() {
        return "Operator[" + username + ", " + role + (creditor == null ? "" : ", " + creditor) + "]";
    }
}
