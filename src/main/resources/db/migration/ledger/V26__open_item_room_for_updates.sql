-- Every change a sync learns updates a document's open item in place. Pages filled to the brim by a large first
-- sync leave no room for the new row version on its page, so each update also inserted into all three of the
-- table's indexes; with room on the page (and the indexed columns unchanged, as they are for a payment) PostgreSQL
-- updates heap-only and touches no index. Takes effect for pages written from now on.
alter table ledger.open_item set (fillfactor = 85);
