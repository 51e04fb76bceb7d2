-- Dunning: policies as versioned data, what people decided per debtor and per invoice, every step issued (with the
-- terms it was made with), the letters that grouped them, and each invoice's current next action with a timeline
-- of its changes. Every table leads with creditor_id.
create schema if not exists dunning;

create table dunning.policy (
    creditor_id          uuid not null,
    id                   uuid not null,
    version              int not null,
    name                 text not null,
    country              char(2) not null,
    minimum_amount       numeric(14, 2) not null,
    currency             char(3) not null,
    reminder_fee_agreed  boolean not null,
    steps                jsonb not null,
    created_at           timestamptz not null,
    created_by           text not null,
    primary key (creditor_id, id, version)
);

create table dunning.creditor_policy (
    creditor_id  uuid primary key,
    policy_id    uuid not null
);

create table dunning.debtor_setting (
    creditor_id               uuid not null,
    debtor_external_id        text not null,
    policy_id                 uuid,
    excluded_from_collection  boolean not null default false,
    reason                    text,
    updated_by                text not null,
    updated_at                timestamptz not null,
    primary key (creditor_id, debtor_external_id)
);

create table dunning.claim_hold (
    creditor_id    uuid not null,
    document_id    uuid not null,
    paused_until   date,
    disputed       boolean not null default false,
    override_step  int,
    reason         text,
    updated_by     text not null,
    updated_at     timestamptz not null,
    primary key (creditor_id, document_id)
);

create table dunning.letter (
    creditor_id         uuid not null,
    id                  uuid not null,
    debtor_external_id  text not null,
    step_type           text not null,
    issued_on           date not null,
    deadline            date not null,
    channel             text not null,
    invoices            int not null,
    total               numeric(14, 2) not null,
    currency            char(3) not null,
    status              text not null check (status in ('PROPOSED', 'TO_SEND', 'SENT', 'FAILED', 'CANCELLED')),
    notice_id           uuid,
    created_at          timestamptz not null,
    primary key (creditor_id, id)
);
create index letter_by_day on dunning.letter (creditor_id, issued_on);

create table dunning.issued (
    creditor_id           uuid not null,
    id                    uuid not null,
    document_id           uuid not null,
    debtor_external_id    text not null,
    document_number       bigint,
    step_index            int not null,
    occurrence            int not null,
    step_type             text not null,
    issued_on             date not null,
    deadline              date not null,
    policy_id             uuid not null,
    policy_version        int not null,
    manual                boolean not null,
    letter_id             uuid not null,
    open_amount           numeric(14, 2) not null,
    fee                   numeric(14, 2) not null,
    interest              numeric(14, 2) not null,
    currency              char(3) not null,
    fee_explanation       jsonb,
    interest_explanation  jsonb,
    created_at            timestamptz not null,
    primary key (creditor_id, id),
    -- re-running the same day, or a second node, never issues a step twice (issue 5: "never sends a letter or
    -- charges a fee twice")
    unique (creditor_id, document_id, step_index, occurrence)
);
create index issued_by_document on dunning.issued (creditor_id, document_id, issued_on);

create table dunning.claim_state (
    creditor_id     uuid not null,
    document_id     uuid not null,
    action          text not null check (action in ('ISSUE', 'WAIT', 'NONE')),
    reason          text,
    step_index      int,
    step_type       text,
    next_date       date,
    evaluated_on    date not null,
    primary key (creditor_id, document_id)
);

create table dunning.decision (
    creditor_id     uuid not null,
    id              uuid not null,
    document_id     uuid not null,
    decided_on      date not null,
    action          text not null,
    reason          text,
    step_index      int,
    step_type       text,
    next_date       date,
    policy_id       uuid not null,
    policy_version  int not null,
    created_at      timestamptz not null,
    primary key (creditor_id, id)
);
create index decision_by_document on dunning.decision (creditor_id, document_id, decided_on);
