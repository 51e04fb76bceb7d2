-- Bookkeeping: the charges Reskontro made (fees, interest) as they are booked back into the accounting system, and
-- the outbox every write to an accounting system goes through (S-SYNC-7). An outbox row's id is its idempotency
-- key: the connector writes it into the ERP's document, so a retry finds the document instead of making a second
-- one (I2). Rows of one creditor are sent in seq order. Every table leads with creditor_id.
create schema if not exists bookkeeping;

create table bookkeeping.settings (
    creditor_id          uuid primary key,
    mode                 text not null check (mode in ('DIRECT', 'PROPOSAL')),
    fee_account          text not null,
    interest_account     text not null,
    deposit_account      text not null,
    payment_days         int not null check (payment_days between 0 and 90),
    fee_text             text,
    interest_text        text,
    notes_email          text,
    updated_by           text not null,
    updated_at           timestamptz not null
);

create table bookkeeping.outbox (
    creditor_id       uuid not null,
    id                uuid not null,
    seq               bigint generated always as identity,
    kind              text not null check (kind in ('FEE_INVOICE', 'INTEREST_NOTE', 'CREDIT_NOTE', 'PAYMENT')),
    payload           jsonb not null,
    summary           text not null,
    depends_on        uuid,
    status            text not null check (status in ('PENDING', 'WAITING', 'SENT', 'FAILED')),
    attempts          int not null default 0,
    next_attempt_at   timestamptz not null,
    last_error        text,
    last_category     text,
    external_id       text,
    external_number   bigint,
    external_state    text,
    created_at        timestamptz not null,
    sent_at           timestamptz,
    primary key (creditor_id, id)
);
create index outbox_due_idx on bookkeeping.outbox (creditor_id, seq) where status in ('PENDING', 'WAITING', 'FAILED');

-- What happened to each row, attempt by attempt, so an operator can tell why something waits.
create table bookkeeping.outbox_event (
    creditor_id  uuid not null,
    outbox_id    uuid not null,
    at           timestamptz not null,
    event        text not null,
    message      text,
    actor        text
);
create index outbox_event_idx on bookkeeping.outbox_event (creditor_id, outbox_id, at);

-- One fee or interest amount a dunning step charged on one invoice. seq is the short "ID: 57" in the document text.
create table bookkeeping.charge (
    creditor_id              uuid not null,
    id                       uuid not null,
    seq                      bigint generated always as identity,
    source_step_id           uuid not null,
    kind                     text not null check (kind in ('FEE', 'INTEREST')),
    document_id              uuid not null,
    document_number          bigint,
    debtor_external_id       text not null,
    charged_on               date not null,
    amount                   numeric(14, 2) not null check (amount > 0),
    currency                 char(3) not null,
    explanation              jsonb,
    booking_id               uuid not null,
    reversal_id              uuid,
    written_off_at           timestamptz,
    written_off_by           text,
    write_off_reason         text,
    paid_amount              numeric(14, 2) not null default 0,
    open_amount              numeric(14, 2),
    monitored_at             timestamptz,
    created_at               timestamptz not null,
    primary key (creditor_id, id),
    unique (creditor_id, source_step_id, kind)
);
create index charge_document_idx on bookkeeping.charge (creditor_id, document_id);
