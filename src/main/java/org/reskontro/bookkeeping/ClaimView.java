package org.reskontro.bookkeeping;

import org.reskontro.ledger.ClaimLine;

/**
 * One invoice as one line (S-SYNC-5): the accounting system's remainders of the invoice and of its fee invoices and
 * interest notes, and what is legally still owed of each part once everything paid on the line is applied in the
 * legal order (costs, interest, principal).
 */
public record ClaimView(ClaimLine line, LegalAllocation.Split legal) {
}
