-- Postings on the accounting system's receivables accounts, staged by a sync that derives the open amounts of many
-- new documents at once from them instead of asking one balance per document (ADR 12). Like the other staging
-- tables: unlogged, one run's rows, deleted when the run ends.
create unlogged table ledger.sync_stage_posting (
    creditor_id          uuid not null,
    sync_run_id          uuid not null,
    seq                  bigint not null,
    external_id          text,
    account              text not null,
    document_external_id text,
    customer_external_id text,
    posting_date         date,
    amount               numeric(19, 4) not null,
    currency             char(3) not null,
    description          text,
    primary key (creditor_id, sync_run_id, seq)
);

-- The reconciliation and the apply look staged documents up by their external id; with this index such a lookup is
-- a point lookup whatever plan the statistics of the moment suggest.
create index sync_stage_document_external_idx on ledger.sync_stage_document (creditor_id, sync_run_id, external_id);
