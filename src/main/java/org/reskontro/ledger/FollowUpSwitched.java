package org.reskontro.ledger;

import org.reskontro.shared.CreditorId;

/** A creditor switched follow-up on or off for one debtor (S-SYNC-10); dunning and collection listen. */
public record FollowUpSwitched(CreditorId creditor, String debtorExternalId, boolean followUp) {
}
