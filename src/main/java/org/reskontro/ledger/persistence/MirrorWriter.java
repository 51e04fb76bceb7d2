package org.reskontro.ledger.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import org.reskontro.ledger.SyncRunId;
import org.reskontro.shared.CreditorId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Applies a staged run ({@link SyncStage}) to the mirror, set-based: a handful of statements whatever the number of
 * documents. Documents and payments are only ever inserted; a change in the accounting system becomes a new
 * revision, a payment that disappeared becomes a reversing payment (S-SYNC-8, I3). A new document is transferred
 * only while something is open on it. Callers run this inside one transaction.
 */
@Repository
public class MirrorWriter {

    /** A staged news document {@code n}, its listing {@code s} and, when fetched, its balance {@code b}. */
    private static final String NEWS = """
            from ledger.sync_stage_news n
            join ledger.sync_stage_document s on s.creditor_id = n.creditor_id and s.sync_run_id = n.sync_run_id
                                             and s.seq = n.seq
            left join ledger.sync_stage_balance b on b.creditor_id = n.creditor_id and b.sync_run_id = n.sync_run_id
                                                 and b.seq = n.seq
            where n.creditor_id = ? and n.sync_run_id = ?""";

    /** What is open on it, signed: what a credit note still gives back counts against the debtor. */
    private static final String SIGNED_OPEN =
            "(case when s.kind = 'CREDIT_NOTE' then -1 else 1 end) * coalesce(b.open_amount, 0)";

    /** A mirrored document changed, or a new one with money open: both get a revision. */
    private static final String REVISED = "(n.mirrored or b.open_amount <> 0)";

    private static final String LIVE = """
            l.reverses is null and not exists (select 1 from ledger.payment r where r.creditor_id = l.creditor_id
                                                 and r.document_id = l.document_id and r.reverses = l.id)""";

    private final JdbcTemplate jdbc;

    MirrorWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns the number of rows that changed the mirror's state: customers, revisions and payments. */
    public int apply(CreditorId creditor, SyncRunId run, Instant at) {
        Timestamp now = Timestamp.from(at);
        Object c = creditor.value();
        Object r = run.value();
        int customers = upsertCustomers(c, r, now);
        jdbc.update("""
                insert into ledger.document (creditor_id, id, kind, external_id, number, customer_external_id, issue_date,
                    due_date, currency, total_incl_vat, total_excl_vat, transferred_at, transferred_in_run)
                select n.creditor_id, n.document_id, s.kind, s.external_id, s.number, s.customer_external_id, s.issue_date,
                       s.due_date, s.currency, s.total_incl_vat, s.total_excl_vat, ?, n.sync_run_id
                """ + NEWS + " and not n.mirrored and b.open_amount <> 0", now, c, r);
        int revisions = jdbc.update("""
                insert into ledger.document_revision (creditor_id, document_id, revision, observed_at, sync_run_id,
                    erp_status, erp_version, total_incl_vat, due_date, open_amount, paid_amount, deleted)
                select n.creditor_id, n.document_id, n.revision + 1, ?, n.sync_run_id, s.erp_status, s.erp_version,
                       s.total_incl_vat, s.due_date, """ + SIGNED_OPEN + """
                       , coalesce(b.paid_amount, 0), s.deleted or b.seq is null
                """ + NEWS + " and " + REVISED, now, c, r);
        jdbc.update("""
                insert into ledger.open_item (creditor_id, document_id, kind, number, customer_external_id, issue_date,
                    due_date, currency, total_incl_vat, open_amount, erp_status, erp_version, revision)
                select n.creditor_id, n.document_id, s.kind, s.number, s.customer_external_id, s.issue_date, s.due_date,
                       s.currency, s.total_incl_vat, """ + SIGNED_OPEN + """
                       , s.erp_status, s.erp_version, 1
                """ + NEWS + " and not n.mirrored and b.open_amount <> 0", c, r);
        jdbc.update("""
                update ledger.open_item o set due_date = x.due_date, total_incl_vat = x.total_incl_vat,
                    open_amount = x.open_amount, erp_status = x.erp_status, erp_version = x.erp_version,
                    revision = x.revision
                from (select n.document_id, s.due_date, s.total_incl_vat, """ + SIGNED_OPEN + """
                              as open_amount, case when s.deleted then 'DELETED' else s.erp_status end as erp_status,
                             s.erp_version, n.revision + 1 as revision
                      """ + NEWS + """
                       and n.mirrored) x
                where o.creditor_id = ? and o.document_id = x.document_id""", c, r, c);
        int payments = insertStatedPayments(c, r, now);
        int reversals = reverseVanishedPayments(c, r, now);
        return customers + revisions + payments + reversals;
    }

    /** Customers new to the mirror or of another version; the last listing of one listed twice wins. */
    private int upsertCustomers(Object creditor, Object run, Timestamp now) {
        return jdbc.update("""
                insert into ledger.customer (creditor_id, id, external_id, name, organisation_number, email, phone, street,
                    zip_code, city, country, is_person, erp_version, first_seen_at, updated_at)
                select distinct on (external_id) creditor_id, gen_random_uuid(), external_id, name, organisation_number,
                       email, phone, street, zip_code, city, country, is_person, erp_version, ?::timestamptz,
                       ?::timestamptz
                from ledger.sync_stage_customer where creditor_id = ? and sync_run_id = ?
                order by external_id, seq desc
                on conflict (creditor_id, external_id) do update set name = excluded.name,
                    organisation_number = excluded.organisation_number, email = excluded.email, phone = excluded.phone,
                    street = excluded.street, zip_code = excluded.zip_code, city = excluded.city,
                    country = excluded.country, is_person = excluded.is_person, erp_version = excluded.erp_version,
                    updated_at = excluded.updated_at
                where coalesce(ledger.customer.erp_version, '') is distinct from coalesce(excluded.erp_version, '')""",
                now, now, creditor, run);
    }

    /**
     * The payments the accounting system states on transferred and revised documents that the mirror does not hold
     * yet, each allocated in full to its document. An external id the mirror knows already (live or reversed) is
     * never written twice.
     */
    private int insertStatedPayments(Object creditor, Object run, Timestamp now) {
        return jdbc.update("""
                with stated as (
                    select distinct on (p.external_id) n.document_id, p.external_id, p.payment_date, p.amount,
                           p.currency, p.description
                    from ledger.sync_stage_payment p
                    join ledger.sync_stage_news n on n.creditor_id = p.creditor_id and n.sync_run_id = p.sync_run_id
                                                 and n.seq = p.document_seq
                    join ledger.sync_stage_balance b on b.creditor_id = p.creditor_id and b.sync_run_id = p.sync_run_id
                                                    and b.seq = p.document_seq
                    where p.creditor_id = ? and p.sync_run_id = ? and (n.mirrored or b.open_amount <> 0)
                    order by p.external_id, p.seq desc),
                inserted as (
                    insert into ledger.payment (creditor_id, id, external_id, document_id, payment_date, amount, currency,
                        description, reverses, recorded_at, sync_run_id)
                    select ?, gen_random_uuid(), external_id, document_id, payment_date, amount, currency, description,
                           null, ?, ?
                    from stated
                    on conflict (creditor_id, external_id) do nothing
                    returning creditor_id, id, document_id, amount)
                insert into ledger.allocation (creditor_id, payment_id, document_id, amount)
                select creditor_id, id, document_id, amount from inserted""",
                creditor, run, creditor, now, run);
    }

    /** Live payments of revised documents that the accounting system no longer states: each gets its reversal. */
    private int reverseVanishedPayments(Object creditor, Object run, Timestamp now) {
        return jdbc.update("""
                with gone as (
                    select l.id, l.external_id, l.document_id, l.amount, s.currency
                    from ledger.sync_stage_news n
                    join ledger.sync_stage_document s on s.creditor_id = n.creditor_id and s.sync_run_id = n.sync_run_id
                                                     and s.seq = n.seq
                    join ledger.payment l on l.creditor_id = n.creditor_id and l.document_id = n.document_id
                    where n.creditor_id = ? and n.sync_run_id = ? and n.mirrored
                    """ + " and " + LIVE + """
                      and not exists (select 1 from ledger.sync_stage_payment p
                                      where p.creditor_id = n.creditor_id and p.sync_run_id = n.sync_run_id
                                        and p.document_seq = n.seq and p.external_id = l.external_id)),
                inserted as (
                    insert into ledger.payment (creditor_id, id, external_id, document_id, payment_date, amount, currency,
                        description, reverses, recorded_at, sync_run_id)
                    select ?, gen_random_uuid(), external_id || '#reversed', document_id, null, -amount, currency,
                           'Removed in the accounting system', id, ?, ?
                    from gone
                    on conflict (creditor_id, external_id) do nothing
                    returning creditor_id, id, document_id, amount)
                insert into ledger.allocation (creditor_id, payment_id, document_id, amount)
                select creditor_id, id, document_id, amount from inserted""",
                creditor, run, creditor, now, run);
    }
}
