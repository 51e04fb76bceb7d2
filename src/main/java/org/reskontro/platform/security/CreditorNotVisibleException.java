package org.reskontro.platform.security;

import org.reskontro.shared.CreditorId;

/**
 * Another tenant's creditor: reported as "not found" (404), so that ids of other creditors cannot be probed.
 */
public class CreditorNotVisibleException extends RuntimeException {

    public CreditorNotVisibleException(CreditorId creditor) {
        super("No creditor " + creditor);
    }

    /** For an id that is not even well-formed: the same answer as for one the caller may not see. */
    public CreditorNotVisibleException(String rawId) {
        super("No creditor " + rawId);
    }
}
