-- Staging for a running sync (ADR 12). What the accounting system listed and stated streams in here with COPY
-- while the sync reads, page by page; at the end one transaction applies it to the mirror set-based, and the
-- rows are deleted. So memory stays flat whatever the ledger's size, and a failed sync still leaves the last
-- good mirror. Unlogged: nothing here must survive a crash (a run taken over reads everything again), and it
-- skips the write-ahead log. Rows are keyed by run and by their order of arrival (seq); a document listed twice
-- counts once, the last listing winning.
create unlogged table ledger.sync_stage_customer (
    creditor_id         uuid not null,
    sync_run_id         uuid not null,
    seq                 bigint not null,
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
    erp_version         text,
    primary key (creditor_id, sync_run_id, seq)
);

create unlogged table ledger.sync_stage_document (
    creditor_id          uuid not null,
    sync_run_id          uuid not null,
    seq                  bigint not null,
    external_id          text not null,
    kind                 text not null,
    number               bigint,
    customer_external_id text,
    issue_date           date not null,
    due_date             date,
    currency             char(3) not null,
    total_incl_vat       numeric(19, 4) not null,
    total_excl_vat       numeric(19, 4) not null,
    erp_status           text not null,
    erp_version          text not null,
    deleted              boolean not null,
    primary key (creditor_id, sync_run_id, seq)
);

-- The listed documents that tell the mirror something (DocumentNews): new and open, or mirrored and changed.
-- document_id is the mirrored id, or the id a new document will get; revision the mirrored one (0 when new).
create unlogged table ledger.sync_stage_news (
    creditor_id  uuid not null,
    sync_run_id  uuid not null,
    seq          bigint not null,
    document_id  uuid not null,
    revision     int not null,
    mirrored     boolean not null,
    primary key (creditor_id, sync_run_id, seq)
);

-- The balance of each news document as the accounting system stated it in this run; payments_total is the sum of
-- the payments it listed, for the check of the system's own arithmetic.
create unlogged table ledger.sync_stage_balance (
    creditor_id    uuid not null,
    sync_run_id    uuid not null,
    seq            bigint not null,
    open_amount    numeric(19, 4) not null,
    paid_amount    numeric(19, 4) not null,
    payments_total numeric(19, 4) not null,
    primary key (creditor_id, sync_run_id, seq)
);

create unlogged table ledger.sync_stage_payment (
    creditor_id  uuid not null,
    sync_run_id  uuid not null,
    seq          bigint not null,
    document_seq bigint not null,
    external_id  text not null,
    payment_date date,
    amount       numeric(19, 4) not null,
    currency     char(3) not null,
    description  text,
    primary key (creditor_id, sync_run_id, seq)
);
create index sync_stage_payment_document_idx on ledger.sync_stage_payment (creditor_id, sync_run_id, document_seq);

-- What a run noticed on the way that people should know (a list that changed while it was read, items listed
-- twice), shown with the run.
alter table ledger.sync_run add column notes text;
