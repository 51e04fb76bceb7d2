-- Each sync run now stages in a schema of its own, sync_run_<run id>, holding unlogged copies of these tables
-- (columns and defaults, no keys or indexes), dropped when the run ends (ADR 12, StagingSchema). These tables stay as
-- the templates the copies are made from, so the staging's shape still evolves here; nothing may be written to them.
alter table ledger.sync_stage_customer add constraint sync_stage_customer_template_only check (false) not valid;
alter table ledger.sync_stage_document add constraint sync_stage_document_template_only check (false) not valid;
alter table ledger.sync_stage_news add constraint sync_stage_news_template_only check (false) not valid;
alter table ledger.sync_stage_balance add constraint sync_stage_balance_template_only check (false) not valid;
alter table ledger.sync_stage_payment add constraint sync_stage_payment_template_only check (false) not valid;
alter table ledger.sync_stage_posting add constraint sync_stage_posting_template_only check (false) not valid;
drop index ledger.sync_stage_document_external_idx;
drop index ledger.sync_stage_payment_document_idx;
