package org.reskontro.platform.security;

/** An agency admin sees every creditor the agency serves; a creditor user sees one creditor only. */
public enum Role {
    AGENCY_ADMIN, CREDITOR_USER
}
