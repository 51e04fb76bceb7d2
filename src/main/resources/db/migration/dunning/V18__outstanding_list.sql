-- The creditor's list of outstanding invoices (S-DOC-3): where it goes and on which weekdays.
create table dunning.outstanding_list (
    creditor_id  uuid primary key,
    email        text not null,
    weekdays     text not null,
    updated_by   text not null,
    updated_at   timestamptz not null
);
