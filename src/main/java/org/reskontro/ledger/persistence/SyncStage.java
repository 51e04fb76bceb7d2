package org.reskontro.ledger.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.reskontro.ledger.SyncRunId;
import org.reskontro.ledger.spi.DocumentBalance;
import org.reskontro.ledger.spi.ErpCustomer;
import org.reskontro.ledger.spi.ErpDocument;
import org.reskontro.ledger.spi.ErpPayment;
import org.reskontro.ledger.spi.ErpStatus;
import org.reskontro.shared.CreditorId;
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

    private static final String[] TABLES = {"sync_stage_customer", "sync_stage_document", "sync_stage_news",
        "sync_stage_balance", "sync_stage_payment"};

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    SyncStage(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /**
     * Starts staging for a run. Only one run per creditor is active at a time, so whatever this creditor still has
     * staged is left over from a run whose node died: it goes first.
     */
    public Run open(CreditorId creditor, SyncRunId run) {
        discardAll(creditor);
        return new Run(creditor, run);
    }

    private void discardAll(CreditorId creditor) {
        for (String table : TABLES) {
            jdbc.update("delete from ledger." + table + " where creditor_id = ?", creditor.value());
        }
    }

    /** One run's staging. Not thread-safe: a sync reads on one thread. */
    public final class Run {

        private final CreditorId creditor;
        private final SyncRunId run;
        private final CopyBuffer customers;
        private final CopyBuffer documents;
        private final CopyBuffer balances;
        private final CopyBuffer payments;
        private long seq;

        private Run(CreditorId creditor, SyncRunId run) {
            this.creditor = creditor;
            this.run = run;
            customers = new CopyBuffer(dataSource, "ledger.sync_stage_customer", "creditor_id, sync_run_id, seq, "
                    + "external_id, name, organisation_number, email, phone, street, zip_code, city, country, is_person, "
                    + "erp_version");
            documents = new CopyBuffer(dataSource, "ledger.sync_stage_document", "creditor_id, sync_run_id, seq, "
                    + "external_id, kind, number, customer_external_id, issue_date, due_date, currency, total_incl_vat, "
                    + "total_excl_vat, erp_status, erp_version, deleted");
            balances = new CopyBuffer(dataSource, "ledger.sync_stage_balance", "creditor_id, sync_run_id, seq, "
                    + "open_amount, paid_amount, payments_total");
            payments = new CopyBuffer(dataSource, "ledger.sync_stage_payment", "creditor_id, sync_run_id, seq, "
                    + "document_seq, external_id, payment_date, amount, currency, description");
        }

        public void customer(ErpCustomer c) {
            customers.row(creditor.value(), run.value(), ++seq, c.externalId(), c.name(), c.organisationNumber(),
                    c.email(), c.phone(), c.street(), c.zipCode(), c.city(), c.country(), c.person(), c.version());
        }

        public void document(ErpDocument d) {
            documents.row(creditor.value(), run.value(), ++seq, d.externalId(), d.kind().name(), d.number(),
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
            return jdbc.update("""
                    delete from ledger.sync_stage_document s
                    using (select external_id, max(seq) as last from ledger.sync_stage_document
                           where creditor_id = ? and sync_run_id = ?
                           group by external_id having count(*) > 1) twice
                    where s.creditor_id = ? and s.sync_run_id = ? and s.external_id = twice.external_id
                      and s.seq < twice.last""", creditor.value(), run.value(), creditor.value(), run.value());
        }

        /**
         * Marks the listed documents that tell the mirror something, by {@code newsCondition}: SQL over {@code s}
         * (the staged listing), {@code d} (the mirrored document, null columns when none) and {@code o} (its
         * open item). Returns how many.
         */
        public int markNews(String newsCondition) {
            return jdbc.update("""
                    insert into ledger.sync_stage_news (creditor_id, sync_run_id, seq, document_id, revision, mirrored)
                    select s.creditor_id, s.sync_run_id, s.seq, coalesce(d.id, gen_random_uuid()),
                           coalesce(o.revision, 0), d.id is not null
                    from ledger.sync_stage_document s
                    left join ledger.document d on d.creditor_id = s.creditor_id and d.external_id = s.external_id
                    left join ledger.open_item o on o.creditor_id = d.creditor_id and o.document_id = d.id
                    where s.creditor_id = ? and s.sync_run_id = ? and (""" + newsCondition + ")",
                    creditor.value(), run.value());
        }

        /**
         * The news documents that need a balance (all but the deleted ones), in pages of {@code pageSize} in listing
         * order; the page is read before the consumer runs, so no connection waits for the accounting system.
         */
        public void eachToFetch(int pageSize, Consumer<List<ToFetch>> consumer) {
            long after = 0;
            while (true) {
                List<ToFetch> page = jdbc.query("""
                        select s.seq, s.external_id, s.kind, s.number, s.customer_external_id, s.issue_date, s.due_date,
                               s.currency, s.total_incl_vat, s.total_excl_vat, s.erp_status, s.erp_version, s.deleted
                        from ledger.sync_stage_news n
                        join ledger.sync_stage_document s
                          on s.creditor_id = n.creditor_id and s.sync_run_id = n.sync_run_id and s.seq = n.seq
                        where n.creditor_id = ? and n.sync_run_id = ? and n.seq > ? and not s.deleted
                        order by n.seq limit ?""", SyncStage::toFetch, creditor.value(), run.value(), after, pageSize);
                if (page.isEmpty()) {
                    return;
                }
                consumer.accept(page);
                after = page.getLast().seq();
                if (page.size() < pageSize) {
                    return;
                }
            }
        }

        public void balance(long documentSeq, DocumentBalance balance) {
            BigDecimal stated = BigDecimal.ZERO;
            for (ErpPayment p : balance.payments()) {
                stated = stated.add(p.amount().amount());
                payments.row(creditor.value(), run.value(), ++seq, documentSeq, p.externalId(), p.date(),
                        p.amount().amount(), p.amount().currency().getCurrencyCode(), p.description());
            }
            balances.row(creditor.value(), run.value(), documentSeq, balance.open().amount(), balance.paid().amount(),
                    stated);
        }

        public void endBalances() {
            balances.flush();
            payments.flush();
        }

        public CreditorId creditor() {
            return creditor;
        }

        public SyncRunId run() {
            return run;
        }

        /** Deletes this run's rows, whether it succeeded or not. */
        public void discard() {
            for (String table : TABLES) {
                jdbc.update("delete from ledger." + table + " where creditor_id = ? and sync_run_id = ?",
                        creditor.value(), run.value());
            }
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
