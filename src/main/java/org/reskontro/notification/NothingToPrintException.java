package org.reskontro.notification;

import org.reskontro.shared.CreditorId;

/** A print batch was asked for while no letter of the creditor waits in its print queue. */
public class NothingToPrintException extends IllegalStateException {

    public NothingToPrintException(CreditorId creditor) {
        super("No letters of creditor " + creditor + " wait for print");
    }
}
