-- Notices (letters and e-mails), recorded before they are sent (ADR 13). Every table leads with the creditor.
-- A notice's status is the e-mail's where it is e-mailed, else the letter's; email_status and letter_status keep
-- each part's own state, so a bounced e-mail with a letter queued instead still shows both.
create schema if not exists notification;

create table notification.notice (
    creditor_id        uuid not null,
    id                 uuid not null,
    seq                bigint generated always as identity, -- the order notices were recorded in (ties in time)
    idempotency_key    text not null,
    kind               text not null check (kind in ('PRE_DUE_NOTICE', 'REMINDER', 'DUNNING_LETTER',
                           'COLLECTION_NOTICE', 'COLLECTION_HANDOVER', 'OUTSTANDING_LIST')),
    requested_channel  text not null check (requested_channel in ('EMAIL', 'LETTER', 'EMAIL_AND_LETTER')),
    channel            text not null check (channel in ('EMAIL', 'LETTER', 'EMAIL_AND_LETTER')),
    status             text not null check (status in ('PENDING', 'SENT', 'PRINT_QUEUED', 'PRINTED', 'FAILED',
                           'BOUNCED')),
    email_status       text check (email_status in ('PENDING', 'SENT', 'FAILED', 'BOUNCED')),
    letter_status      text check (letter_status in ('PRINT_QUEUED', 'PRINTED')),
    fallback           text check (fallback in ('NO_EMAIL', 'INVALID_EMAIL', 'NO_POSTAL_ADDRESS', 'EMAIL_FAILED',
                           'EMAIL_BOUNCED')),
    fallback_reason    text,
    failure            text,
    attempts           integer not null default 0,
    next_attempt_at    timestamptz,
    language           text not null,
    sender_name        text not null,
    reply_to           text,
    recipient_name     text not null,
    recipient_email    text,
    recipient_address  text not null,
    subject            text not null,
    body               text not null,
    pdf_file_name      text not null,
    pdf                bytea not null,
    document_date      date not null,
    deadline           date,
    total              numeric(19, 4) not null,
    currency           char(3) not null,
    payment_reference  text,
    message_id         text,
    bounce_reason      text,
    bounced_at         timestamptz,
    print_batch_id     uuid,
    created_at         timestamptz not null,
    sent_at            timestamptz,
    printed_at         timestamptz,
    primary key (creditor_id, id),
    unique (creditor_id, idempotency_key)
);

create index notice_by_creditor_and_time on notification.notice (creditor_id, created_at desc, seq desc);
create index notice_print_queue on notification.notice (creditor_id, seq) where letter_status = 'PRINT_QUEUED';
create index notice_retries on notification.notice (next_attempt_at) where next_attempt_at is not null;
create unique index notice_by_message_id on notification.notice (message_id) where message_id is not null;

-- What went with the notice (the original invoice, S-DUN-3): attached to the e-mail, printed after the letter.
create table notification.notice_attachment (
    creditor_id   uuid not null,
    notice_id     uuid not null,
    position      integer not null,
    file_name     text not null,
    content_type  text not null,
    content       bytea not null,
    primary key (creditor_id, notice_id, position),
    foreign key (creditor_id, notice_id) references notification.notice (creditor_id, id)
);

-- The history the console shows: recorded, fallback, each failed attempt, sent, queued, printed, bounced.
create table notification.notice_event (
    creditor_id  uuid not null,
    notice_id    uuid not null,
    seq          bigint generated always as identity,
    at           timestamptz not null,
    type         text not null,
    detail       text,
    primary key (creditor_id, notice_id, seq),
    foreign key (creditor_id, notice_id) references notification.notice (creditor_id, id)
);

-- Letters printed together: the PDF is kept, so a batch can be downloaded again.
create table notification.print_batch (
    creditor_id  uuid not null,
    id           uuid not null,
    created_at   timestamptz not null,
    letters      integer not null,
    pages        integer not null,
    pdf          bytea not null,
    primary key (creditor_id, id)
);
