package org.reskontro.ledger.persistence;

import org.reskontro.ledger.SyncRunId;
import org.reskontro.shared.CreditorId;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The new balances of changed, mirrored documents from the receivables postings added to the books since the mirror
 * last learned them (ADR 12, "Deltas from added postings"). The mirror knows every posting on such a document's
 * voucher when its balance was once derived from postings: the one that booked it (V24) and its payments, whose
 * external ids are {@code entry:} and the posting's id. What the run staged (the postings added since its cursor, or
 * all of them on a full sweep) is added to that, a posting the mirror knows already counting once, so a window that
 * overlaps the last one is harmless. Where the mirror does not know every posting (a payment taken from a request of
 * its own carries the system's payment id, which matches no posting), or the run saw a posting it cannot place, the
 * document keeps needing a request of its own.
 */
final class AddedPostings {

    /**
     * Stages a balance for each mirrored news document it can derive, and the payments the postings add, marked so the
     * apply keeps the mirrored ones: a document is derived when the mirror knows how it was booked and holds only
     * payments taken from postings, its total and currency are what the mirror holds, every added posting on its
     * voucher is identified and in its currency, and what is then open fits the status it is listed with (nothing
     * open: settled; something open, at most its total: open or overdue). A posting on the documents' accounts that
     * belongs to no document the mirror or the listing holds could be a payment booked on a voucher of its own: its
     * debtor's documents are not derived (all of them when it names no debtor). The conditions on a document are
     * a column of {@code derived}, which is materialized, and are tested after it: filtered with the joins, the planner
     * multiplied the guesses for two column-to-column equalities, took 10,000 listed documents for one row and ran the
     * payment sums once per document (9.5 million rows thrown away, 5.5 s at a million mirrored documents). The
     * run's postings and changed documents are looked up in the mirror by key ({@link MirrorLookups}).
     * Parameters: creditor and run twice, the creditor, then creditor and run twice.
     */
    private static final String DERIVE = """
            with postings as (
                select * from ledger.sync_stage_posting where creditor_id = ? and sync_run_id = ?),
            listed as (
                select n.seq, n.document_id, s.external_id, s.customer_external_id, s.currency, s.total_incl_vat,
                       s.erp_status, d.booking_entry_id, d.currency as mirrored_currency,
                       d.total_incl_vat as mirrored_total, case when s.kind = 'CREDIT_NOTE' then -1 else 1 end as sign
                from ledger.sync_stage_news n
                join ledger.sync_stage_document s
                  on s.creditor_id = n.creditor_id and s.sync_run_id = n.sync_run_id and s.seq = n.seq
                join lateral (select x.* from ledger.document x where x.creditor_id = n.creditor_id
                              and x.id = n.document_id limit 1) d on true
                where n.creditor_id = ? and n.sync_run_id = ? and n.mirrored and not s.deleted
                  and not exists (select 1 from ledger.sync_stage_balance b where b.creditor_id = n.creditor_id
                                  and b.sync_run_id = n.sync_run_id and b.seq = n.seq)),
            placed as (
                select p.*, d.id as mirrored_id
                from postings p
                left join lateral (select x.id from ledger.document x where x.creditor_id = p.creditor_id
                                   and x.external_id = p.document_external_id limit 1) d on true
                left join ledger.sync_stage_document s on s.creditor_id = p.creditor_id and s.sync_run_id = p.sync_run_id
                                                      and s.external_id = p.document_external_id
                where d.id is not null or s.seq is not null),
            document_accounts as (
                select distinct account from placed),
            tainting as (
                select p.customer_external_id from postings p
                where p.account in (select account from document_accounts)
                  and not exists (select 1 from placed x where x.seq = p.seq)),
            live as (
                select l.seq, p.external_id, p.amount, p.currency, l.currency as document_currency
                from listed l
                join lateral (select y.* from ledger.payment y where y.creditor_id = ? and y.document_id = l.document_id
                              offset 0) p on true
                """ + MirrorLookups.reversalOf("p") + """

                where\s""" + MirrorLookups.live("p") + """
                ),
            added as (
                select l.seq as document_seq, p.seq, p.external_id, p.posting_date, -l.sign * p.amount as amount,
                       p.currency, p.description, l.currency as document_currency
                from listed l
                join postings p on p.document_external_id = l.external_id
                """ + MirrorLookups.POSTING_AS_PAYMENT + """

                where\s""" + MirrorLookups.unknownPosting("l.booking_entry_id") + """
                ),
            live_by_document as (
                select seq, sum(amount) as amount,
                       bool_and(external_id like 'entry:%' and currency = document_currency) as from_postings
                from live group by seq),
            added_by_document as (
                select document_seq as seq, sum(amount) as amount,
                       bool_and(external_id is not null and currency = document_currency) as usable
                from added group by document_seq),
            derived as materialized (
                select l.seq, l.booking_entry_id, l.total_incl_vat, l.erp_status,
                       l.total_incl_vat - coalesce(v.amount, 0) - coalesce(a.amount, 0) as open_amount,
                       l.booking_entry_id is not null and l.mirrored_currency = l.currency
                           and l.mirrored_total = l.total_incl_vat
                           and coalesce(v.from_postings, true) and coalesce(a.usable, true) as trusted
                from listed l
                left join live_by_document v on v.seq = l.seq
                left join added_by_document a on a.seq = l.seq
                where not exists (select 1 from tainting t where t.customer_external_id is null)
                  and not exists (select 1 from tainting t where t.customer_external_id = l.customer_external_id)),
            fitting as (
                select * from derived
                where trusted
                  and ((open_amount = 0 and erp_status = 'SETTLED')
                       or (open_amount > 0 and open_amount <= total_incl_vat and erp_status in ('OPEN', 'OVERDUE')))),
            staged_payments as (
                insert into ledger.sync_stage_payment (creditor_id, sync_run_id, seq, document_seq, external_id,
                    payment_date, amount, currency, description)
                select ?, ?, a.seq, a.document_seq, 'entry:' || a.external_id, a.posting_date, a.amount, a.currency,
                       a.description
                from added a where a.document_seq in (select seq from fitting))
            insert into ledger.sync_stage_balance (creditor_id, sync_run_id, seq, open_amount, paid_amount,
                payments_total, booking_entry_id, payments_added_only)
            select ?, ?, seq, open_amount, total_incl_vat - open_amount, total_incl_vat - open_amount, booking_entry_id,
                   true
            from fitting""";

    private AddedPostings() {
    }

    /** Returns how many balances it staged. */
    static int derive(JdbcTemplate jdbc, CreditorId creditor, SyncRunId run) {
        Object c = creditor.value();
        Object r = run.value();
        return jdbc.update(StagingSchema.sql(run, DERIVE), c, r, c, r, c, c, r, c, r);
    }
}
