-- The per-creditor cycle (S-SYNC-3/4): each run and each of its steps, and how far the dispatcher has looked.
-- Every table leads with creditor_id. The jobs themselves are db-scheduler rows in public.scheduled_tasks.
create schema if not exists scheduling;

create table scheduling.cycle (
    creditor_id   uuid not null,
    id            uuid not null,
    slot          timestamptz,                -- the cycle time it stands for; null for "run now"
    trigger       text not null,              -- 'schedule', 'console:<user>', 'api:<user>'
    status        text not null check (status in ('SCHEDULED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'SKIPPED')),
    missed_slots  int not null default 0,     -- earlier slots passed over when catching up after downtime
    missed_from   timestamptz,                -- the first of them
    note          text,                       -- why it was skipped
    scheduled_at  timestamptz not null,
    started_at    timestamptz,
    finished_at   timestamptz,
    duration_ms   bigint generated always as ((extract(epoch from finished_at - started_at) * 1000)::bigint) stored,
    primary key (creditor_id, id),
    unique (creditor_id, slot)                -- a slot is dispatched once, whichever node sees it first
);
create index cycle_recent_idx on scheduling.cycle (creditor_id, scheduled_at desc);
-- At most one running cycle per creditor, whichever node runs it.
create unique index cycle_one_running_idx on scheduling.cycle (creditor_id) where status = 'RUNNING';

create table scheduling.cycle_step (
    creditor_id  uuid not null,
    cycle_id     uuid not null,
    position     int not null,                -- the seeds' order (S-SYNC-4)
    step         text not null,
    status       text not null check (status in ('PENDING', 'RUNNING', 'SUCCEEDED', 'FAILED', 'SKIPPED')),
    started_at   timestamptz,
    finished_at  timestamptz,
    duration_ms  bigint generated always as ((extract(epoch from finished_at - started_at) * 1000)::bigint) stored,
    detail       text,                        -- what it did, or why it was skipped
    error        text,
    sync_run_id  uuid,                        -- ledger.sync_run of the posting sync (no key across schemas)
    primary key (creditor_id, cycle_id, position),
    foreign key (creditor_id, cycle_id) references scheduling.cycle (creditor_id, id)
);

create table scheduling.dispatch_cursor (
    creditor_id        uuid primary key,
    dispatched_through timestamptz not null   -- slots up to here have been looked at
);
