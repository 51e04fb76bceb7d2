-- A new kind of notice to the creditor: the interest notes booked in one run (S-FEE-3).
alter table notification.notice drop constraint notice_kind_check;
alter table notification.notice add constraint notice_kind_check check (kind in ('PRE_DUE_NOTICE', 'REMINDER',
    'DUNNING_LETTER', 'COLLECTION_NOTICE', 'COLLECTION_HANDOVER', 'OUTSTANDING_LIST', 'INTEREST_NOTE_LIST'));
