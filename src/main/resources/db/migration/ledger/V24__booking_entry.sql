-- The receivables posting that booked a document, when its open amount was derived from the postings (ADR 12): with
-- it and the mirrored payments (external ids entry:…), the mirror knows every posting on the document's voucher, so a
-- later sync learns its new balance from the postings added since (Dinero's entries/changes) instead of asking the
-- accounting system document by document. Null when the balance came from a request of its own: such a document's
-- payments carry the system's payment ids, which no posting can be matched with.
alter table ledger.document add column booking_entry_id text;

-- A balance derived from the postings added since the mirror last learned them stages only the payments they add; the
-- apply keeps the document's mirrored payments instead of reversing those the run did not state again.
alter table ledger.sync_stage_balance add column booking_entry_id text,
    add column payments_added_only boolean not null default false;
