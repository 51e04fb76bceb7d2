-- What the creditor's letters show of it besides its name: postal address, contact, the account debtors pay to,
-- and a logo (PNG). One row per creditor, replaced on every edit.
create table creditors.letterhead (
    creditor_id      uuid primary key references creditors.creditor (id),
    address          text not null default '',
    email            text,
    phone            text,
    payment_account  text,
    logo_png         bytea,
    updated_at       timestamptz not null
);
