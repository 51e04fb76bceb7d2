package org.reskontro.ledger;

import org.reskontro.shared.CreditorId;

/** A sync finished and its changes are in the mirror. */
public record LedgerSynchronised(CreditorId creditor, SyncRunId run, int changesApplied) {
}
