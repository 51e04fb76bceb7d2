package org.reskontro.platform.security;

import org.reskontro.shared.CreditorId;

/**
 * Another tenant's creditor: reported as "not found" (404), so that ids of other creditors cannot be probed.
 */
public class CreditorNotVisibleException extends RuntimeException {

    public CreditorNotVisibleException(CreditorId creditor) {
        super("No creditor " + creditor);
    }
}
