package org.reskontro.dunning.domain;

/** How a step reaches the debtor. */
public enum Channel {
    EMAIL, LETTER, EMAIL_AND_LETTER
}
