-- Creditors (tenants) and how to reach their accounting system. Credentials are AES-GCM ciphertext only.
create schema if not exists creditors;

create table creditors.creditor (
    id                  uuid primary key,
    name                text not null,
    country             char(2) not null,
    organisation_number text not null,
    currency            char(3) not null,
    time_zone           text not null,
    start_date          date not null,
    created_at          timestamptz not null,
    unique (country, organisation_number)
);

create table creditors.erp_connection (
    creditor_id           uuid primary key references creditors.creditor (id),
    system                text not null,
    api_base_url          text not null,
    token_url             text not null,
    organisation_id       text not null,
    credentials_encrypted text not null,
    credential_names      text not null,
    updated_at            timestamptz not null
);
