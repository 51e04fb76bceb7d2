-- When each creditor's cycle runs (S-SYNC-3): local times of day in the creditor's own time zone, sorted and
-- distinct, whole minutes. Existing creditors get the seeds' default of 06:00, 12:00 and 18:00.
alter table creditors.creditor
    add column cycle_times time(0)[] not null default '{06:00,12:00,18:00}',
    add constraint creditor_cycle_times_count check (cardinality(cycle_times) between 1 and 24);
