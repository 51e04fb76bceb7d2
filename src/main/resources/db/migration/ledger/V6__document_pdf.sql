-- PDFs of invoices and credit notes, copied once per document number (S-DOC-1): a stored PDF is never fetched
-- again, even when the accounting system changes the document later. Insert-only, like the mirror (ADR-0004).
create table ledger.document_pdf (
    creditor_id    uuid not null,
    document_id    uuid not null,
    kind           text not null check (kind in ('INVOICE', 'CREDIT_NOTE')),
    number         bigint not null,
    content        bytea not null,
    sha256         char(64) not null,
    size_bytes     int not null check (size_bytes > 0),
    fetched_at     timestamptz not null,
    fetched_in_run uuid not null,
    primary key (creditor_id, document_id),
    -- "new numbers only": a number that has its PDF is done, whichever document row carries it
    unique (creditor_id, kind, number)
);

-- Documents whose PDF could not be fetched yet: how often, the last reason, and when to try again. The row
-- stays after a later success, as the record of what it took.
create table ledger.document_pdf_failure (
    creditor_id     uuid not null,
    document_id     uuid not null,
    failures        int not null,
    last_category   text not null,
    last_error      text not null,
    last_attempt_at timestamptz not null,
    next_attempt_at timestamptz not null,
    primary key (creditor_id, document_id)
);

-- One row per transfer that had work to do: what it fetched, and why it stopped early if it did.
create table ledger.pdf_transfer (
    creditor_id    uuid not null,
    id             uuid not null,
    started_at     timestamptz not null,
    finished_at    timestamptz,
    outcome        text check (outcome in ('DONE', 'ABORTED')),
    fetched        int not null default 0,
    failed         int not null default 0,
    remaining      int,
    http_requests  int not null default 0,
    error_category text,
    error_message  text,
    primary key (creditor_id, id)
);
create index pdf_transfer_recent_idx on ledger.pdf_transfer (creditor_id, started_at desc);
