package org.reskontro.ledger.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.reskontro.ledger.SyncRunId;
import org.reskontro.shared.CreditorId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    /**
     * New rows go in in the order of their primary key (creditor, document id): ids are random, and inserted as they
     * came every row went to another leaf of the key's index, while in order they fill its pages one after another.
     */
    private static final String IN_KEY_ORDER = " order by n.document_id";


    private static final Logger log = LoggerFactory.getLogger(MirrorWriter.class);
    private static final int FRESH_STATISTICS_FROM = 1_000;

    private final JdbcTemplate jdbc;
    private final StatementMemory memory;

    MirrorWriter(JdbcTemplate jdbc, StatementMemory memory) {
        this.jdbc = jdbc;
        this.memory = memory;
    }

    /** Returns the number of rows that changed the mirror's state: customers, revisions and payments. */
    public int apply(CreditorId creditor, SyncRunId run, Instant at) {
        Timestamp now = Timestamp.from(at);
        Object c = creditor.value();
        Object r = run.value();
        long start = System.nanoTime();
        memory.raiseForTransaction();
        int customers = upsertCustomers(c, run, now);
        long customersDone = System.nanoTime();
        int documents = jdbc.update(StagingSchema.sql(run, """
                insert into ledger.document (creditor_id, id, kind, external_id, number, customer_external_id, issue_date,
                    due_date, currency, total_incl_vat, total_excl_vat, transferred_at, transferred_in_run,
                    booking_entry_id)
                select n.creditor_id, n.document_id, s.kind, s.external_id, s.number, s.customer_external_id, s.issue_date,
                       s.due_date, s.currency, s.total_incl_vat, s.total_excl_vat, ?, n.sync_run_id, b.booking_entry_id
                """ + NEWS + " and not n.mirrored and b.open_amount <> 0" + IN_KEY_ORDER), now, c, r);
        long documentsDone = System.nanoTime();
        int revisions = jdbc.update(StagingSchema.sql(run, """
                insert into ledger.document_revision (creditor_id, document_id, revision, observed_at, sync_run_id,
                    erp_status, erp_version, total_incl_vat, due_date, open_amount, paid_amount, deleted)
                select n.creditor_id, n.document_id, n.revision + 1, ?, n.sync_run_id, s.erp_status, s.erp_version,
                       s.total_incl_vat, s.due_date, """ + SIGNED_OPEN + """
                       , coalesce(b.paid_amount, 0), s.deleted or b.seq is null
                """ + NEWS + " and " + REVISED + IN_KEY_ORDER), now, c, r);
        long revisionsDone = System.nanoTime();
        jdbc.update(StagingSchema.sql(run, """
                insert into ledger.open_item (creditor_id, document_id, kind, number, customer_external_id, issue_date,
                    due_date, currency, total_incl_vat, open_amount, erp_status, erp_version, revision)
                select n.creditor_id, n.document_id, s.kind, s.number, s.customer_external_id, s.issue_date, s.due_date,
                       s.currency, s.total_incl_vat, """ + SIGNED_OPEN + """
                       , s.erp_status, s.erp_version, 1
                """ + NEWS + " and not n.mirrored and b.open_amount <> 0" + IN_KEY_ORDER), c, r);
        // The array names the open items to change by key: joined, the planner read all of the mirror's (0.75 s for a
        // delta's 10,000 at a million); a full sweep's change is every changed document, no more than its news.
        jdbc.update(StagingSchema.sql(run, """
                update ledger.open_item o set due_date = x.due_date, total_incl_vat = x.total_incl_vat,
                    open_amount = x.open_amount, erp_status = x.erp_status, erp_version = x.erp_version,
                    revision = x.revision
                from (select n.document_id, s.due_date, s.total_incl_vat, """ + SIGNED_OPEN + """
                              as open_amount, case when s.deleted then 'DELETED' else s.erp_status end as erp_status,
                             s.erp_version, n.revision + 1 as revision
                      """ + NEWS + """
                       and n.mirrored) x
                where o.creditor_id = ? and o.document_id = x.document_id
                  and o.document_id = any(array(select m.document_id from ledger.sync_stage_news m
                                                where m.creditor_id = ? and m.sync_run_id = ? and m.mirrored))"""),
                c, r, c, c, r);
        long openItemsDone = System.nanoTime();
        int payments = writePayments(c, run, now);
        refreshStatistics(c, documents, payments);
        long paymentsDone = System.nanoTime();
        log.debug("Applied run {}: customers {} ms, documents {} ms, revisions {} ms, open items {} ms, payments {} ms",
                run, millis(start, customersDone), millis(customersDone, documentsDone),
                millis(documentsDone, revisionsDone), millis(revisionsDone, openItemsDone),
                millis(openItemsDone, paymentsDone));
        return customers + revisions + payments;
    }

    /**
     * Inside the transaction: ANALYZE counts this transaction's own rows, and the reconciliation that follows joins
     * them; on stale statistics the planner takes a creditor's new million rows for a handful. Only when the new rows
     * are many (from {@value #FRESH_STATISTICS_FROM}) and a tenth of what the creditor's mirror then holds (the share
     * at which autovacuum itself re-analyzes): a day's changes to a large mirror leave the plans as they are, and
     * four ANALYZEs of million-row tables cost a delta seconds. Only the columns the reconciliation filters and joins
     * on: a column list leaves the tables' change counters as they are, so autovacuum still refreshes every column's
     * statistics once the transaction commits.
     */
    private void refreshStatistics(Object creditor, int newDocuments, int newPayments) {
        if (Math.max(newDocuments, newPayments) < FRESH_STATISTICS_FROM) {
            return;
        }
        if (CappedCount.of(jdbc, "document", creditor, newDocuments * 10L + 1) > newDocuments * 10L
                && CappedCount.of(jdbc, "payment", creditor, newPayments * 10L + 1) > newPayments * 10L) {
            return;
        }
        for (String table : List.of("document (creditor_id, id, external_id)", "open_item (creditor_id, document_id)",
                "payment (creditor_id, document_id, external_id, reverses)", "allocation (creditor_id, document_id)")) {
            jdbc.execute("analyze ledger." + table);
        }
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /**
     * Customers new to the mirror or changed in any mirrored field (not only in version: PowerOffice Go does not
     * move a customer's version for every change, see ADR 14); the last listing of one listed twice wins.
     */
    private int upsertCustomers(Object creditor, SyncRunId run, Timestamp now) {
        return jdbc.update(StagingSchema.sql(run, """
                insert into ledger.customer (creditor_id, id, external_id, name, organisation_number, email, phone, street,
                    zip_code, city, country, is_person, erp_version, first_seen_at, updated_at, erp_no_reminders,
                    erp_no_late_fees, erp_no_interest, erp_no_debt_collection, erp_no_automatic_notifications)
                select distinct on (external_id) creditor_id, gen_random_uuid(), external_id, name, organisation_number,
                       email, phone, street, zip_code, city, country, is_person, erp_version, ?::timestamptz,
                       ?::timestamptz, erp_no_reminders, erp_no_late_fees, erp_no_interest, erp_no_debt_collection,
                       erp_no_automatic_notifications
                from ledger.sync_stage_customer where creditor_id = ? and sync_run_id = ?
                order by external_id, seq desc
                on conflict (creditor_id, external_id) do update set name = excluded.name,
                    organisation_number = excluded.organisation_number, email = excluded.email, phone = excluded.phone,
                    street = excluded.street, zip_code = excluded.zip_code, city = excluded.city,
                    country = excluded.country, is_person = excluded.is_person, erp_version = excluded.erp_version,
                    updated_at = excluded.updated_at, erp_no_reminders = excluded.erp_no_reminders,
                    erp_no_late_fees = excluded.erp_no_late_fees, erp_no_interest = excluded.erp_no_interest,
                    erp_no_debt_collection = excluded.erp_no_debt_collection,
                    erp_no_automatic_notifications = excluded.erp_no_automatic_notifications
                where (ledger.customer.erp_version, ledger.customer.name, ledger.customer.organisation_number,
                       ledger.customer.email, ledger.customer.phone, ledger.customer.street, ledger.customer.zip_code,
                       ledger.customer.city, ledger.customer.country, ledger.customer.is_person,
                       ledger.customer.erp_no_reminders, ledger.customer.erp_no_late_fees,
                       ledger.customer.erp_no_interest, ledger.customer.erp_no_debt_collection,
                       ledger.customer.erp_no_automatic_notifications)
                      is distinct from
                      (excluded.erp_version, excluded.name, excluded.organisation_number, excluded.email,
                       excluded.phone, excluded.street, excluded.zip_code, excluded.city, excluded.country,
                       excluded.is_person, excluded.erp_no_reminders, excluded.erp_no_late_fees,
                       excluded.erp_no_interest, excluded.erp_no_debt_collection,
                       excluded.erp_no_automatic_notifications)"""),
                now, now, creditor, run.value());
    }

    /**
     * Payments: those the accounting system states on transferred and revised documents that the mirror does not hold
     * yet are inserted, each allocated in full to its document; live ones of revised documents that it no longer states
     * get a reversal. A payment the mirror took from the receivables postings (external id {@code entry:…}, ADR 12)
     * is the same payment as a stated one of its document with the same date and amount, paired one to one: neither
     * is written. A balance derived from added postings ({@link AddedPostings}) states only the payments they add; the
     * document's mirrored ones stand. An external id the mirror knows already (live or reversed) is never written
     * twice. One statement, so both sides see the mirror as it was.
     */
    private int writePayments(Object creditor, SyncRunId run, Timestamp now) {
        Object r = run.value();
        return jdbc.update(StagingSchema.sql(run, """
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
                live as (
                    select l.id, l.document_id, l.external_id, l.payment_date, l.amount, s.currency
                    from ledger.sync_stage_news n
                    join ledger.sync_stage_document s on s.creditor_id = n.creditor_id and s.sync_run_id = n.sync_run_id
                                                     and s.seq = n.seq
                    join ledger.payment l on l.creditor_id = n.creditor_id and l.document_id = n.document_id
                    left join ledger.sync_stage_balance b on b.creditor_id = n.creditor_id
                                                         and b.sync_run_id = n.sync_run_id and b.seq = n.seq
                    """ + MirrorLookups.reversalOf("l") + """

                    where n.creditor_id = ? and n.sync_run_id = ? and n.mirrored
                      and not coalesce(b.payments_added_only, false)
                      and\s""" + MirrorLookups.live("l") + """
                    ),
                new_stated as (
                    select s.*, row_number() over (partition by s.document_id, s.payment_date, s.amount
                                                   order by s.external_id) as nth
                    from stated s
                    where not exists (select 1 from live l where l.document_id = s.document_id
                                      and l.external_id = s.external_id)),
                unstated as (
                    select l.*, row_number() over (partition by l.document_id, l.payment_date, l.amount,
                                                   l.external_id like 'entry:%' order by l.external_id) as nth
                    from live l
                    where not exists (select 1 from stated s where s.document_id = l.document_id
                                      and s.external_id = l.external_id)),
                paired as (
                    select s.external_id as stated_id, u.id as live_id
                    from new_stated s join unstated u on u.document_id = s.document_id
                        and u.payment_date is not distinct from s.payment_date and u.amount = s.amount and u.nth = s.nth
                    where u.external_id like 'entry:%'),
                inserted as (
                    insert into ledger.payment (creditor_id, id, external_id, document_id, payment_date, amount, currency,
                        description, reverses, recorded_at, sync_run_id)
                    select ?, gen_random_uuid(), s.external_id, s.document_id, s.payment_date, s.amount, s.currency,
                           s.description, null, ?, ?
                    from new_stated s where not exists (select 1 from paired p where p.stated_id = s.external_id)
                    on conflict (creditor_id, external_id) do nothing
                    returning creditor_id, id, document_id, amount),
                reversed as (
                    insert into ledger.payment (creditor_id, id, external_id, document_id, payment_date, amount, currency,
                        description, reverses, recorded_at, sync_run_id)
                    select ?, gen_random_uuid(), u.external_id || '#reversed', u.document_id, null, -u.amount, u.currency,
                           'Removed in the accounting system', u.id, ?, ?
                    from unstated u where not exists (select 1 from paired p where p.live_id = u.id)
                    on conflict (creditor_id, external_id) do nothing
                    returning creditor_id, id, document_id, amount)
                insert into ledger.allocation (creditor_id, payment_id, document_id, amount)
                select creditor_id, id, document_id, amount from inserted
                union all
                select creditor_id, id, document_id, amount from reversed"""),
                creditor, r, creditor, r, creditor, now, r, creditor, now, r);
    }
}
