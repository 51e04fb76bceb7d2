package org.reskontro.charges;

/** How far a table row was checked (the legend of LEGAL.md): read in the source, derived, or unverified. */
public enum Verification {
    VERIFIED, DERIVED, UNVERIFIED
}
