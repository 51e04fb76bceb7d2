-- How far the e-mailed lists of interest notes reach (S-FEE-3): the last note's seq listed. A list covers every note
-- sent since, so a note sent by a posting that died before its list went out is listed by the next one.
create table bookkeeping.note_list_cursor (
    creditor_id  uuid primary key,
    listed_seq   bigint not null
);
