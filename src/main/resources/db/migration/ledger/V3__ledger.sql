-- The ledger mirror. Every table leads with creditor_id (tenant, and the future Citus distribution column).
-- Documents and payments are insert-only (S-SYNC-8); what the accounting system changes later is a new
-- revision row, and open_item is the projection of each document's newest revision.
create schema if not exists ledger;

create table ledger.customer (
    creditor_id         uuid not null,
    id                  uuid not null,
    external_id         text not null,
    name                text not null,
    organisation_number text,
    email               text,
    phone               text,
    street              text,
    zip_code            text,
    city                text,
    country             text,
    is_person           boolean not null,
    follow_up           boolean not null default true,
    erp_version         text,
    first_seen_at       timestamptz not null,
    updated_at          timestamptz not null,
    primary key (creditor_id, id),
    unique (creditor_id, external_id)
);

create table ledger.document (
    creditor_id          uuid not null,
    id                   uuid not null,
    kind                 text not null check (kind in ('INVOICE', 'CREDIT_NOTE')),
    external_id          text not null,
    number               bigint,
    customer_external_id text,
    issue_date           date not null,
    due_date             date,
    currency             char(3) not null,
    total_incl_vat       numeric(19, 4) not null,
    total_excl_vat       numeric(19, 4) not null,
    transferred_at       timestamptz not null,
    transferred_in_run   uuid not null,
    primary key (creditor_id, id),
    unique (creditor_id, external_id)
);

create table ledger.document_revision (
    creditor_id    uuid not null,
    document_id    uuid not null,
    revision       int not null,
    observed_at    timestamptz not null,
    sync_run_id    uuid not null,
    erp_status     text not null,
    erp_version    text,
    total_incl_vat numeric(19, 4) not null,
    due_date       date,
    open_amount    numeric(19, 4) not null,
    paid_amount    numeric(19, 4) not null,
    deleted        boolean not null default false,
    primary key (creditor_id, document_id, revision)
);

create table ledger.open_item (
    creditor_id          uuid not null,
    document_id          uuid not null,
    kind                 text not null,
    number               bigint,
    customer_external_id text,
    issue_date           date not null,
    due_date             date,
    currency             char(3) not null,
    total_incl_vat       numeric(19, 4) not null,
    open_amount          numeric(19, 4) not null,
    erp_status           text not null,
    erp_version          text,
    revision             int not null,
    primary key (creditor_id, document_id)
);
create index open_item_customer_idx on ledger.open_item (creditor_id, customer_external_id);
create index open_item_due_idx on ledger.open_item (creditor_id, due_date);

create table ledger.payment (
    creditor_id    uuid not null,
    id             uuid not null,
    external_id    text not null,
    document_id    uuid not null,
    payment_date   date,
    amount         numeric(19, 4) not null,
    currency       char(3) not null,
    description    text,
    reverses       uuid,
    recorded_at    timestamptz not null,
    sync_run_id    uuid not null,
    primary key (creditor_id, id),
    unique (creditor_id, external_id)
);
create index payment_document_idx on ledger.payment (creditor_id, document_id);

create table ledger.allocation (
    creditor_id uuid not null,
    payment_id  uuid not null,
    document_id uuid not null,
    amount      numeric(19, 4) not null,
    primary key (creditor_id, payment_id, document_id)
);

create table ledger.sync_run (
    creditor_id        uuid not null,
    id                 uuid not null,
    trigger            text not null,
    status             text not null check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    phase              text,
    queued_at          timestamptz not null,
    started_at         timestamptz,
    finished_at        timestamptz,
    customers_seen     int not null default 0,
    documents_seen     int not null default 0,
    documents_detailed int not null default 0,
    documents_to_detail int not null default 0,
    http_requests      int not null default 0,
    changes_applied    int not null default 0,
    error_category     text,
    error_message      text,
    primary key (creditor_id, id)
);
create index sync_run_recent_idx on ledger.sync_run (creditor_id, queued_at desc);
-- At most one active run per creditor, whichever node queued it.
create unique index sync_run_one_active_idx on ledger.sync_run (creditor_id) where status in ('QUEUED', 'RUNNING');
