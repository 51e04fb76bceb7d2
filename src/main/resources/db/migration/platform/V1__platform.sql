-- Platform: sign-in, API tokens, and the cluster-safe job table of db-scheduler.
create schema if not exists platform;

create table platform.operator (
    id            uuid primary key,
    username      text not null unique,
    password_hash text not null,
    role          text not null check (role in ('AGENCY_ADMIN', 'CREDITOR_USER')),
    creditor_id   uuid,
    check ((role = 'CREDITOR_USER') = (creditor_id is not null))
);

create table platform.api_token (
    id           uuid primary key,
    creditor_id  uuid not null,
    name         text not null,
    token_sha256 text not null unique,
    created_at   timestamptz not null,
    last_used_at timestamptz
);
create index api_token_creditor_idx on platform.api_token (creditor_id);

-- db-scheduler's PostgreSQL table (its documented DDL); every node polls it, so a task runs on one node only.
create table public.scheduled_tasks (
    task_name            text not null,
    task_instance        text not null,
    task_data            bytea,
    execution_time       timestamptz not null,
    picked               boolean not null,
    picked_by            text,
    last_success         timestamptz,
    last_failure         timestamptz,
    consecutive_failures int,
    last_heartbeat       timestamptz,
    version              bigint not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index execution_time_idx on public.scheduled_tasks (execution_time);
create index last_heartbeat_idx on public.scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on public.scheduled_tasks (priority desc, execution_time asc);
