-- The customer card's follow-up restrictions (V15) travel through the sync's staging like every other customer field.
alter table ledger.sync_stage_customer
    add column erp_no_reminders               boolean not null default false,
    add column erp_no_late_fees               boolean not null default false,
    add column erp_no_interest                boolean not null default false,
    add column erp_no_debt_collection         boolean not null default false,
    add column erp_no_automatic_notifications boolean not null default false;
