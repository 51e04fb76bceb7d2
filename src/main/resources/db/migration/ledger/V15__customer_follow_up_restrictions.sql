-- What each debtor's customer card in the accounting system forbids (S-DUN-6, S-SYNC-10), as last mirrored:
-- no reminders, no late fees, no interest, no debt collection, no automatic payment notifications. False where the
-- system forbids nothing or keeps no such setting. Reskontro's own switch stays in follow_up; dunning honours both.
alter table ledger.customer
    add column erp_no_reminders               boolean not null default false,
    add column erp_no_late_fees               boolean not null default false,
    add column erp_no_interest                boolean not null default false,
    add column erp_no_debt_collection         boolean not null default false,
    add column erp_no_automatic_notifications boolean not null default false;
