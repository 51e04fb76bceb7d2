-- The documents Reskontro booked into the accounting system for fees and interest, linked to the invoice they charge
-- for. The sync mirrors them like any other invoice; read models count them on their invoice, as one line (S-SYNC-5).
create table ledger.charge_document (
    creditor_id          uuid not null,
    external_id          text not null,
    charged_external_id  text not null,
    kind                 text not null check (kind in ('FEE', 'INTEREST')),
    primary key (creditor_id, external_id)
);
create index charge_document_charged_idx on ledger.charge_document (creditor_id, charged_external_id);
