-- The reconciler and the open-amount checks sum a document's allocations; the primary key leads with the
-- payment, so without this index every document walked all of its creditor's allocations (measured by the bench).
create index allocation_document_idx on ledger.allocation (creditor_id, document_id);
