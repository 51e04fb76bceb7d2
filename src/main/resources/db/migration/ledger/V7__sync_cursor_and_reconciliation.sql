-- Change cursors (S-SYNC-1: delta syncs ask only for what changed) and the reconciliation report written by
-- every sync (invariant I1).
alter table ledger.sync_run add column mode text check (mode in ('FULL', 'DELTA'));
alter table ledger.sync_run add column full_sweep_requested boolean not null default false;

create table ledger.sync_cursor (
    creditor_id          uuid primary key,
    changes_since        timestamptz not null,
    last_full_sweep_at   timestamptz not null,
    updated_in_run       uuid not null
);

create table ledger.reconciliation (
    creditor_id         uuid not null,
    sync_run_id         uuid not null,
    scope               text not null check (scope in ('FULL', 'DELTA')),
    created_at          timestamptz not null,
    documents_checked   int not null,
    documents_agreeing  int not null,
    discrepancies       int not null,
    primary key (creditor_id, sync_run_id)
);

create table ledger.reconciliation_item (
    creditor_id   uuid not null,
    sync_run_id   uuid not null,
    external_id   text not null,
    document_id   uuid,
    number        bigint,
    currency      char(3),
    mirror_open   numeric(19, 4),
    erp_open      numeric(19, 4),
    reason_code   text not null,
    reason        text not null,
    primary key (creditor_id, sync_run_id, external_id)
);
