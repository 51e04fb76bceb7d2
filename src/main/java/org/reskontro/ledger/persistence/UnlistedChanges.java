package org.reskontro.ledger.persistence;

import java.util.concurrent.atomic.AtomicLong;
import org.reskontro.ledger.SyncRunId;
import org.reskontro.shared.CreditorId;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Mirrored documents that the postings added since the cursor show changed though their listing does not: a change
 * in the same second as the last read leaves a version in whole seconds (Dinero's UpdatedAt) where it was, and a
 * part-payment leaves the status too, so the listing alone would never call the document news again (ADR 12). A
 * posting on a document's voucher that the mirror does not know (not its booking, no {@code entry:} payment) is proof
 * of a change; such a document becomes news of the run, listed as the mirror holds it when the run did not list it.
 * Its balance is then learned like any other changed document's ({@link AddedPostings}), or asked for. Only documents
 * whose booking posting the mirror knows can be judged; the others' postings are all unknown to it. The run's
 * postings are looked up in the mirror by key ({@link MirrorLookups}): they are the changes since the cursor.
 */
final class UnlistedChanges {

    /** A staged posting {@code p} the mirror does not know on its mirrored document {@code d}. */
    private static final String UNKNOWN = MirrorLookups.unknownPosting("d.booking_entry_id");

    /** Marks listed, mirrored documents that are not news yet but have unknown postings. Creditor and run twice. */
    private static final String LISTED = """
            insert into ledger.sync_stage_news (creditor_id, sync_run_id, seq, document_id, revision, mirrored)
            select s.creditor_id, s.sync_run_id, s.seq, d.id, o.revision, true
            from ledger.sync_stage_document s
            join ledger.document d on d.creditor_id = s.creditor_id and d.external_id = s.external_id
            join ledger.open_item o on o.creditor_id = d.creditor_id and o.document_id = d.id
            where s.creditor_id = ? and s.sync_run_id = ? and not s.deleted and d.booking_entry_id is not null
              and not exists (select 1 from ledger.sync_stage_news n where n.creditor_id = s.creditor_id
                              and n.sync_run_id = s.sync_run_id and n.seq = s.seq)
              and exists (select 1 from ledger.sync_stage_posting p
                          """ + MirrorLookups.POSTING_AS_PAYMENT + """

                          where p.creditor_id = ? and p.sync_run_id = ? and p.document_external_id = s.external_id
                            and\s""" + UNKNOWN + ")";

    /**
     * Stages unlisted, mirrored documents with unknown postings as the mirror holds them, numbered after {@code ?}
     * (the run's last sequence number), and marks them news. Creditor and run, the base, creditor and run twice.
     */
    private static final String UNLISTED = """
            with touched as (
                select distinct d.id, d.external_id
                from ledger.sync_stage_posting p
                join lateral (select x.* from ledger.document x where x.creditor_id = p.creditor_id
                              and x.external_id = p.document_external_id limit 1) d on true
                join lateral (select y.* from ledger.open_item y where y.creditor_id = d.creditor_id
                              and y.document_id = d.id limit 1) o on true
                """ + MirrorLookups.POSTING_AS_PAYMENT + """

                where p.creditor_id = ? and p.sync_run_id = ? and d.booking_entry_id is not null
                  and o.erp_status <> 'DELETED'
                  and\s""" + UNKNOWN + """
                  and not exists (select 1 from ledger.sync_stage_document s where s.creditor_id = p.creditor_id
                                  and s.sync_run_id = p.sync_run_id and s.external_id = d.external_id)),
            numbered as (
                select t.id, ? + row_number() over (order by t.external_id) as seq from touched t),
            listed as (
                insert into ledger.sync_stage_document (creditor_id, sync_run_id, seq, external_id, kind, number,
                    customer_external_id, issue_date, due_date, currency, total_incl_vat, total_excl_vat, erp_status,
                    erp_version, deleted)
                select ?, ?, x.seq, d.external_id, d.kind, d.number, o.customer_external_id, d.issue_date, o.due_date,
                       d.currency, o.total_incl_vat, d.total_excl_vat, o.erp_status, o.erp_version, false
                from numbered x
                join ledger.document d on d.creditor_id = ? and d.id = x.id
                join ledger.open_item o on o.creditor_id = d.creditor_id and o.document_id = d.id)
            insert into ledger.sync_stage_news (creditor_id, sync_run_id, seq, document_id, revision, mirrored)
            select o.creditor_id, ?, x.seq, x.id, o.revision, true
            from numbered x join ledger.open_item o on o.creditor_id = ? and o.document_id = x.id""";

    private UnlistedChanges() {
    }

    /** Returns how many documents became news; {@code seq} is the run's sequence, moved past what it used. */
    static int mark(JdbcTemplate jdbc, CreditorId creditor, SyncRunId run, AtomicLong seq) {
        Object c = creditor.value();
        Object r = run.value();
        int listed = jdbc.update(StagingSchema.sql(run, LISTED), c, r, c, r);
        long base = seq.get();
        int unlisted = jdbc.update(StagingSchema.sql(run, UNLISTED), c, r, base, c, r, c, r, c);
        seq.addAndGet(unlisted);
        return listed + unlisted;
    }
}
