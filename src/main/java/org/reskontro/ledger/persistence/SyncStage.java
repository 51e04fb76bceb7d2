package org.reskontro.ledger.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.concurrent.atomic.AtomicLong;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.reskontro.ledger.SyncRunId;
import org.reskontro.ledger.spi.DocumentBalance;
import org.reskontro.ledger.spi.ErpCustomer;
import org.reskontro.ledger.spi.ErpDocument;
import org.reskontro.ledger.spi.ErpPayment;
import org.reskontro.ledger.spi.ErpPosting;
import org.reskontro.ledger.spi.ErpStatus;
import org.reskontro.shared.CreditorId;
import org.reskontro.shared.FollowUpRestriction;
import org.reskontro.shared.DocumentKind;
import org.reskontro.shared.Money;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The staging tables of running syncs (V12, ADR 12): what a run read streams in with COPY, the decision what is
 * news is one SQL statement, and the apply ({@link MirrorWriter}) and the reconciliation read from here. Nothing
 * here is the mirror; a run's rows are deleted when it ends, however it ends.
 */
@Repository
public class SyncStage {

    /** A news document whose balance the run must ask for, in listing order. */
    public record ToFetch(long seq, ErpDocument document) {
    }

    /**
     * Derives the balances of new news documents from the staged receivable postings, where they can be trusted
     * (ADR 12). Only the accounts the listed documents book on count. A posting there that belongs to no listed
     * document could be a payment of one booked on a voucher of its own: it taints its debtor (whose documents are then
     * asked one by one), and one that names no debtor either taints everything; except when its voucher has postings
     * from before the start date, for then it is an older document of the debtor's, and what is booked on it later does
     * not concern the listed ones. A document is derived when all its postings are in its own currency and identified,
     * one of them books its total, and what they leave open is more than nothing and at most its total; its payments
     * are its other postings, and the posting that booked it is staged with its balance (so the mirror can later add
     * what is booked on it since, see {@link AddedPostings}). Parameters: creditor and run five times, with the start
     * date after the first two.
     *
     * <p>Every membership test is a join: PostgreSQL plans {@code … or not exists (…)} and {@code not in (…)} over a CTE
     * as a subplan run per row, so the statement grew with the square of the run (a million documents ran for over
     * ten minutes in it).
     * <p>
     * Each posting is matched to its listed document once ({@code attributed}: a posting with none, or with no
     * document, has a null {@code document_seq}), and everything after works on that match; an earlier form joined
     * postings and listing three times over and took a third of a full sync's database time.
     */
    private static final String DERIVE = """
            with listed as not materialized (
                select seq, external_id, kind, customer_external_id, currency, total_incl_vat,
                       case when kind = 'CREDIT_NOTE' then -1 else 1 end as sign
                from ledger.sync_stage_document where creditor_id = ? and sync_run_id = ?),
            attributed as materialized (
                select p.seq, p.external_id, p.account, p.document_external_id, p.customer_external_id, p.posting_date,
                       p.amount, p.currency, p.description, l.seq as document_seq, l.currency as document_currency,
                       l.sign, l.total_incl_vat
                from ledger.sync_stage_posting p left join listed l on l.external_id = p.document_external_id
                where p.creditor_id = ? and p.sync_run_id = ?),
            debtor_accounts as (
                select distinct account from attributed where document_seq is not null),
            relevant as materialized (
                select a.* from attributed a where a.account in (select account from debtor_accounts)),
            unattributed as (
                select r.document_external_id, r.customer_external_id, r.posting_date from relevant r
                where r.document_seq is null),
            older_documents as (
                select document_external_id from unattributed where document_external_id is not null
                group by document_external_id having min(posting_date) < ?::date),
            tainting as (
                select u.customer_external_id from unattributed u
                left join older_documents o on o.document_external_id = u.document_external_id
                where o.document_external_id is null),
            per_document as (
                select r.document_seq as seq, sum(r.amount) as balance,
                       bool_and(r.currency = r.document_currency) as same_currency,
                       bool_and(r.external_id is not null) as identified,
                       count(*) filter (where r.amount = r.sign * r.total_incl_vat) as bookings
                from relevant r where r.document_seq is not null
                group by r.document_seq),
            derived as (
                select n.seq, l.sign, l.total_incl_vat, l.external_id, l.sign * d.balance as open_amount
                from ledger.sync_stage_news n
                join listed l on l.seq = n.seq
                join per_document d on d.seq = n.seq
                where n.creditor_id = ? and n.sync_run_id = ? and not n.mirrored
                  and not exists (select 1 from tainting t where t.customer_external_id is null)
                  and not exists (select 1 from tainting t where t.customer_external_id = l.customer_external_id)
                  and d.same_currency and d.identified and d.bookings > 0
                  and l.sign * d.balance > 0 and l.sign * d.balance <= l.total_incl_vat),
            ordered as (
                select r.seq, d.seq as document_seq, r.external_id as entry_id, r.posting_date,
                       -d.sign * r.amount as amount, r.currency, r.description,
                       row_number() over (partition by d.seq
                                          order by r.amount = d.sign * d.total_incl_vat desc, r.posting_date,
                                                   r.seq) as nth,
                       r.amount = d.sign * d.total_incl_vat as booking
                from derived d join relevant r on r.document_seq = d.seq),
            staged_payments as (
                insert into ledger.sync_stage_payment (creditor_id, sync_run_id, seq, document_seq, external_id,
                    payment_date, amount, currency, description)
                select ?, ?, seq, document_seq, 'entry:' || entry_id, posting_date, amount, currency, description
                from ordered where not (nth = 1 and booking))
            insert into ledger.sync_stage_balance (creditor_id, sync_run_id, seq, open_amount, paid_amount,
                payments_total, booking_entry_id)
            select ?, ?, d.seq, d.open_amount, d.total_incl_vat - d.open_amount, d.total_incl_vat - d.open_amount,
                   b.entry_id
            from derived d left join ordered b on b.document_seq = d.seq and b.nth = 1 and b.booking""";

    /** A listed document {@code s} joined to its mirrored document {@code d} and open item {@code o}, if any. */
    private static final String MIRRORED_JOINED = """
            left join ledger.document d on d.creditor_id = s.creditor_id and d.external_id = s.external_id
            left join ledger.open_item o on o.creditor_id = d.creditor_id and o.document_id = d.id""";

    /**
     * The same, looked up by key for each listed document: a delta's 10,000 listed documents against a million
     * mirrored ones were hash-joined with a read of the whole mirror (0.7 to 1.5 s), the planner's estimate for
     * looking each up being about the same. {@code limit 1} (the keys are unique) keeps the planner from turning the
     * lookups back into a join.
     */
    private static final String MIRRORED_BY_KEY = """
            left join lateral (select x.* from ledger.document x
                               where x.creditor_id = s.creditor_id and x.external_id = s.external_id limit 1) d on true
            left join lateral (select y.* from ledger.open_item y
                               where y.creditor_id = d.creditor_id and y.document_id = d.id limit 1) o on true""";

    /**
     * From this many staged rows on, a table's statistics are refreshed before the statements that join it: freshly
     * copied rows have none (or another run's), and the planner would take a run of a million rows for a handful and
     * join them row by row.
     */
    private static final long ANALYZE_FROM = 1_000;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    SyncStage(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /**
     * Starts staging for a run, in tables of its own ({@link StagingSchema}). Only one run per creditor is active at a
     * time, so whatever this creditor still has staged is left over from a run whose node died: it goes first.
     */
    public Run open(CreditorId creditor, SyncRunId run) {
        StagingSchema.create(jdbc, creditor, run);
        return new Run(creditor, run);
    }

    /**
     * One run's staging. A sync reads on one thread, except that the receivables postings may be read on a second
     * one while the documents are listed: {@link #posting} may run concurrently with the other sinks (each table has
     * its own buffer, the sequence is shared); everything else is for one thread.
     */
    public final class Run {

        private final CreditorId creditor;
        private final SyncRunId run;
        private final CopyBuffer customers;
        private final CopyBuffer documents;
        private final CopyBuffer balances;
        private final CopyBuffer payments;
        private final CopyBuffer postings;
        private final AtomicLong seq = new AtomicLong();
        /** How many staged postings the last ANALYZE of them saw (-1: none since they were last dropped). */
        private long postingsAnalyzed = -1;
        /** News marked so far (listed, and unlisted changes). */
        private long newsMarked;
        private boolean indexedForFetching;

        private Run(CreditorId creditor, SyncRunId run) {
            this.creditor = creditor;
            this.run = run;
            customers = new CopyBuffer(dataSource, sql("ledger.sync_stage_customer"), "creditor_id, sync_run_id, seq, "
                    + "external_id, name, organisation_number, email, phone, street, zip_code, city, country, is_person, "
                    + "erp_version, erp_no_reminders, erp_no_late_fees, erp_no_interest, erp_no_debt_collection, "
                    + "erp_no_automatic_notifications");
            documents = new CopyBuffer(dataSource, sql("ledger.sync_stage_document"), "creditor_id, sync_run_id, seq, "
                    + "external_id, kind, number, customer_external_id, issue_date, due_date, currency, total_incl_vat, "
                    + "total_excl_vat, erp_status, erp_version, deleted");
            balances = new CopyBuffer(dataSource, sql("ledger.sync_stage_balance"), "creditor_id, sync_run_id, seq, "
                    + "open_amount, paid_amount, payments_total");
            payments = new CopyBuffer(dataSource, sql("ledger.sync_stage_payment"), "creditor_id, sync_run_id, seq, "
                    + "document_seq, external_id, payment_date, amount, currency, description");
            postings = new CopyBuffer(dataSource, sql("ledger.sync_stage_posting"), "creditor_id, sync_run_id, seq, "
                    + "external_id, account, document_external_id, customer_external_id, posting_date, amount, currency, "
                    + "description");
        }

        public void customer(ErpCustomer c) {
            var restrictions = c.followUpRestrictions();
            customers.row(creditor.value(), run.value(), seq.incrementAndGet(), c.externalId(), c.name(), c.organisationNumber(),
                    c.email(), c.phone(), c.street(), c.zipCode(), c.city(), c.country(), c.person(), c.version(),
                    restrictions.contains(FollowUpRestriction.NO_REMINDERS),
                    restrictions.contains(FollowUpRestriction.NO_LATE_FEES),
                    restrictions.contains(FollowUpRestriction.NO_INTEREST),
                    restrictions.contains(FollowUpRestriction.NO_DEBT_COLLECTION),
                    restrictions.contains(FollowUpRestriction.NO_AUTOMATIC_NOTIFICATIONS));
        }

        public void document(ErpDocument d) {
            documents.row(creditor.value(), run.value(), seq.incrementAndGet(), d.externalId(), d.kind().name(), d.number(),
                    d.customerExternalId(), d.issueDate(), d.dueDate(), d.totalInclVat().currency().getCurrencyCode(),
                    d.totalInclVat().amount(), d.totalExclVat().amount(), d.status().name(), d.version(), d.deleted());
        }

        /**
         * Ends the listing: sends what is buffered, and keeps only the last listing of a document that came twice (a
         * list that moved while it was read page by page, or a document deleted between the plain and the deleted
         * pass). Returns how many listings were dropped.
         */
        public int endListing() {
            customers.flush();
            documents.flush();
            analyzeIfLarge("sync_stage_customer (creditor_id, sync_run_id, seq, external_id)", customers.rowsSent());
            analyzeIfLarge("sync_stage_document (creditor_id, sync_run_id, seq, external_id, deleted)",
                    documents.rowsSent());
            return jdbc.update(sql("""
                    delete from ledger.sync_stage_document s
                    using (select external_id, max(seq) as last from ledger.sync_stage_document
                           where creditor_id = ? and sync_run_id = ?
                           group by external_id having count(*) > 1) twice
                    where s.creditor_id = ? and s.sync_run_id = ? and s.external_id = twice.external_id
                      and s.seq < twice.last"""), creditor.value(), run.value(), creditor.value(), run.value());
        }

        /**
         * Marks the listed documents that tell the mirror something, by {@code newsCondition}: SQL over {@code s}
         * (the staged listing), {@code d} (the mirrored document, null columns when none) and {@code o} (its
         * open item). Returns how many.
         */
        public int markNews(String newsCondition) {
            int news = jdbc.update(sql("""
                    insert into ledger.sync_stage_news (creditor_id, sync_run_id, seq, document_id, revision, mirrored)
                    select s.creditor_id, s.sync_run_id, s.seq, coalesce(d.id, gen_random_uuid()),
                           coalesce(o.revision, 0), d.id is not null
                    from ledger.sync_stage_document s
                    """ + (fewAgainstMirror(documents.rowsSent()) ? MIRRORED_BY_KEY : MIRRORED_JOINED) + """

                    where s.creditor_id = ? and s.sync_run_id = ? and (""" + newsCondition + ")"),
                    creditor.value(), run.value());
            analyzeIfLarge("sync_stage_news (creditor_id, sync_run_id, seq, mirrored)", news);
            newsMarked += news;
            return news;
        }

        /**
         * Whether {@code staged} rows are few against the mirror (a twentieth or less of the documents a join would
         * read: the table's, all creditors'): then they are looked up in it by key rather than joined with all of it.
         * The size is the planner's own estimate, free to read; counting even a capped share of the creditor's rows
         * cost the first delta after a large full sync 0.2 s (it set the hint bits of 6,000 fresh pages). A table never
         * analyzed has no estimate and is counted as far as the answer needs.
         */
        private boolean fewAgainstMirror(long staged) {
            long cap = staged * 20 + 1;
            long estimate = jdbc.queryForObject(
                    "select reltuples::bigint from pg_class where oid = 'ledger.document'::regclass", Long.class);
            long documents = estimate >= 0 ? estimate : CappedCount.of(jdbc, "document", creditor.value(), cap);
            return documents >= cap;
        }

        /** Documents the mirror holds for the creditor (open or not). */
        public int mirroredDocuments() {
            return jdbc.queryForObject("select count(*) from ledger.document where creditor_id = ?", Integer.class,
                    creditor.value());
        }

        /** News documents the mirror does not hold yet (they need a balance, deleted ones excepted). */
        public int newDocumentsToFetch() {
            return jdbc.queryForObject(sql("""
                    select count(*) from ledger.sync_stage_news n
                    join ledger.sync_stage_document s
                      on s.creditor_id = n.creditor_id and s.sync_run_id = n.sync_run_id and s.seq = n.seq
                    where n.creditor_id = ? and n.sync_run_id = ? and not n.mirrored and not s.deleted"""),
                    Integer.class, creditor.value(), run.value());
        }

        public void posting(ErpPosting p) {
            postings.row(creditor.value(), run.value(), seq.incrementAndGet(), p.externalId(), p.account(), p.documentExternalId(),
                    p.customerExternalId(), p.date(), p.amount().amount(), p.amount().currency().getCurrencyCode(),
                    p.description());
        }

        /**
         * Derives what it can from the staged postings (see {@link SyncStage#DERIVE}) for documents dated from
         * {@code startDate} on, and returns how many balances it staged; the other news documents are still to be
         * fetched one by one.
         */
        public int deriveBalances(LocalDate startDate) {
            endPostings();
            Object c = creditor.value();
            Object r = run.value();
            return jdbc.update(sql(DERIVE), c, r, c, r, startDate, c, r, c, r, c, r);
        }

        /**
         * Sends the postings still buffered and refreshes their statistics, once for the postings a run staged: a delta
         * runs three statements over the same postings, and each would otherwise analyze them again.
         */
        private void endPostings() {
            postings.flush();
            long sent = postings.rowsSent();
            if (sent != postingsAnalyzed) {
                analyzeIfLarge("sync_stage_posting (creditor_id, sync_run_id, seq, external_id, account, "
                        + "document_external_id)", sent);
                postingsAnalyzed = sent;
            }
        }

        /**
         * Drops the postings staged so far: a read ahead that was not used may have stopped half-way, and the postings
         * added since the cursor must not meet a part of them.
         */
        public void discardPostings() {
            postings.clear();
            postingsAnalyzed = -1;
            jdbc.execute(sql("truncate ledger.sync_stage_posting"));
        }

        /**
         * Makes news of mirrored documents whose staged postings the mirror does not know, though the listing did not
         * call them changed ({@link UnlistedChanges}); returns how many.
         */
        public int markUnlistedChanges() {
            endPostings();
            int unlisted = UnlistedChanges.mark(jdbc, creditor, run, seq);
            newsMarked += unlisted;
            return unlisted;
        }

        /** Mirrored news documents that still need a balance (deleted ones excepted). */
        public int mirroredToFetch() {
            return jdbc.queryForObject(sql("""
                    select count(*) from ledger.sync_stage_news n
                    join ledger.sync_stage_document s
                      on s.creditor_id = n.creditor_id and s.sync_run_id = n.sync_run_id and s.seq = n.seq
                    where n.creditor_id = ? and n.sync_run_id = ? and n.mirrored and not s.deleted
                      and not exists (select 1 from ledger.sync_stage_balance b where b.creditor_id = n.creditor_id
                                      and b.sync_run_id = n.sync_run_id and b.seq = n.seq)"""),
                    Integer.class, creditor.value(), run.value());
        }

        /**
         * Derives the balances of mirrored news documents from the staged postings added to what the mirror knows
         * of them ({@link AddedPostings}); returns how many it staged. The others are still to be fetched one by one.
         */
        public int deriveChangedBalances() {
            endPostings();
            return AddedPostings.derive(jdbc, creditor, run);
        }

        /**
         * The news documents that need a balance (all but the deleted ones), in pages of {@code pageSize} in listing
         * order; the page is read before the consumer runs, so no connection waits for the accounting system.
         */
        public void eachToFetch(int pageSize, Consumer<List<ToFetch>> consumer) {
            // the derivations filled the balances since their last statistics: without fresh ones the planner takes
            // them for empty and tests the news against all of them row by row
            analyzeIfLarge("sync_stage_balance (creditor_id, sync_run_id, seq, open_amount)", newsMarked);
            long after = 0;
            while (true) {
                List<ToFetch> page = jdbc.query(sql("""
                        select s.seq, s.external_id, s.kind, s.number, s.customer_external_id, s.issue_date, s.due_date,
                               s.currency, s.total_incl_vat, s.total_excl_vat, s.erp_status, s.erp_version, s.deleted
                        from ledger.sync_stage_news n
                        join ledger.sync_stage_document s
                          on s.creditor_id = n.creditor_id and s.sync_run_id = n.sync_run_id and s.seq = n.seq
                        where n.creditor_id = ? and n.sync_run_id = ? and n.seq > ? and not s.deleted
                          and not exists (select 1 from ledger.sync_stage_balance b where b.creditor_id = n.creditor_id
                                          and b.sync_run_id = n.sync_run_id and b.seq = n.seq)
                        order by n.seq limit ?"""), SyncStage::toFetch, creditor.value(), run.value(), after, pageSize);
                if (page.isEmpty()) {
                    return;
                }
                consumer.accept(page);
                after = page.getLast().seq();
                if (page.size() < pageSize) {
                    return;
                }
                if (!indexedForFetching) {
                    indexForFetching();
                }
            }
        }

        /**
         * The run's tables have no indexes (staging writes them once and joins them whole), but fetching pages through
         * the news in listing order would then scan them whole once a page: when there is more than one page, the
         * tables it walks get an index on the order of arrival, built in one go.
         */
        private void indexForFetching() {
            for (String table : List.of("sync_stage_news", "sync_stage_document", "sync_stage_balance")) {
                jdbc.execute(sql("create index on ledger." + table + " (seq)"));
            }
            indexedForFetching = true;
        }

        public void balance(long documentSeq, DocumentBalance balance) {
            BigDecimal stated = BigDecimal.ZERO;
            for (ErpPayment p : balance.payments()) {
                stated = stated.add(p.amount().amount());
                payments.row(creditor.value(), run.value(), seq.incrementAndGet(), documentSeq, p.externalId(), p.date(),
                        p.amount().amount(), p.amount().currency().getCurrencyCode(), p.description());
            }
            balances.row(creditor.value(), run.value(), documentSeq, balance.open().amount(), balance.paid().amount(),
                    stated);
        }

        public void endBalances() {
            balances.flush();
            payments.flush();
            long derived = jdbc.queryForObject(sql("select count(*) from ledger.sync_stage_balance where creditor_id = ? "
                    + "and sync_run_id = ?"), Long.class, creditor.value(), run.value());
            analyzeIfLarge("sync_stage_balance (creditor_id, sync_run_id, seq, open_amount)", derived);
            analyzeIfLarge("sync_stage_payment (creditor_id, sync_run_id, seq, document_seq, external_id)", derived);
        }

        /**
         * {@code table} names the columns the run's statements filter and join on: the planner needs the row count
         * (which any ANALYZE refreshes) and those columns' statistics, and sampling every column of a wide table
         * cost several hundred milliseconds a table at 100,000 rows.
         */
        private void analyzeIfLarge(String table, long rows) {
            if (rows >= ANALYZE_FROM) {
                jdbc.execute(sql("analyze ledger." + table));
            }
        }

        public CreditorId creditor() {
            return creditor;
        }

        public SyncRunId run() {
            return run;
        }

        /** Drops this run's staging, whether it succeeded or not (after any chunk still on its way). */
        public void discard() {
            for (CopyBuffer buffer : List.of(customers, documents, balances, payments, postings)) {
                buffer.abandon();
            }
            StagingSchema.drop(jdbc, run);
        }

        /** {@code statement}, written against the template tables, pointed at this run's. */
        private String sql(String statement) {
            return StagingSchema.sql(run, statement);
        }
    }

    private static ToFetch toFetch(ResultSet rs, int row) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency").trim());
        DocumentKind kind = DocumentKind.valueOf(rs.getString("kind"));
        ErpDocument document = new ErpDocument(rs.getString("external_id"), kind,
                rs.getObject("number") == null ? null : rs.getLong("number"), rs.getString("customer_external_id"),
                rs.getObject("issue_date", LocalDate.class), rs.getObject("due_date", LocalDate.class),
                new Money(rs.getBigDecimal("total_incl_vat"), currency),
                new Money(rs.getBigDecimal("total_excl_vat"), currency), ErpStatus.valueOf(rs.getString("erp_status")),
                rs.getString("erp_version"), rs.getBoolean("deleted"));
        return new ToFetch(rs.getLong("seq"), document);
    }
}
