package org.reskontro.ledger.reconciliation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.reskontro.ledger.ReconciliationReport;
import org.reskontro.ledger.ReconciliationReport.Discrepancy;
import org.reskontro.ledger.SyncRunId;
import org.reskontro.shared.CreditorId;
import org.reskontro.shared.DocumentKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The mirror as the reconciler reads it, and the stored reports. */
@Repository
public class ReconciliationRows {

    /** A mirrored document's current state; {@code open} is signed (credit notes negative). */
    record MirroredDocument(UUID documentId, String externalId, DocumentKind kind, Long number, String currency,
            BigDecimal total, BigDecimal open, BigDecimal allocated, String erpStatus, String erpVersion) {
    }

    private static final String MIRRORED = """
            select d.id, d.external_id, d.kind, d.number, d.currency, o.total_incl_vat, o.open_amount,
                   coalesce((select sum(a.amount) from ledger.allocation a
                             where a.creditor_id = d.creditor_id and a.document_id = d.id), 0) as allocated,
                   o.erp_status, o.erp_version
            from ledger.document d join ledger.open_item o on o.creditor_id = d.creditor_id and o.document_id = d.id
            where d.creditor_id = ?""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ReconciliationRows(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    List<MirroredDocument> mirrored(CreditorId creditor) {
        return jdbc.sql(MIRRORED).param(creditor.value()).query(ReconciliationRows::mirrored).list();
    }

    List<MirroredDocument> mirrored(CreditorId creditor, Collection<String> externalIds) {
        if (externalIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(MIRRORED + " and d.external_id = any(?)")
                .params(creditor.value(), externalIds.toArray(String[]::new))
                .query(ReconciliationRows::mirrored).list();
    }

    void save(CreditorId creditor, ReconciliationReport report) {
        jdbc.sql("""
                insert into ledger.reconciliation (creditor_id, sync_run_id, scope, created_at, documents_checked,
                    documents_agreeing, discrepancies) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(creditor.value(), report.run().value(), report.scope(), Timestamp.from(report.createdAt()),
                        report.documentsChecked(), report.documentsAgreeing(), report.discrepancies().size())
                .update();
        List<Object[]> items = new ArrayList<>();
        for (Discrepancy d : report.discrepancies()) {
            items.add(new Object[] {creditor.value(), report.run().value(), d.externalId(), d.documentId(), d.number(),
                    d.currency(), d.mirrorOpen(), d.erpOpen(), d.reasonCode(), d.reason()});
        }
        batch.batchUpdate("""
                insert into ledger.reconciliation_item (creditor_id, sync_run_id, external_id, document_id, number,
                    currency, mirror_open, erp_open, reason_code, reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", items);
    }

    public Optional<ReconciliationReport> report(CreditorId creditor, SyncRunId run) {
        return jdbc.sql("""
                select sync_run_id, scope, created_at, documents_checked, documents_agreeing from ledger.reconciliation
                where creditor_id = ? and sync_run_id = ?""")
                .params(creditor.value(), run.value())
                .query((rs, n) -> new ReconciliationReport(run, rs.getString("scope"),
                        rs.getTimestamp("created_at").toInstant(), rs.getInt("documents_checked"),
                        rs.getInt("documents_agreeing"), discrepancies(creditor, run)))
                .optional();
    }

    public Optional<SyncRunId> latestRun(CreditorId creditor) {
        return jdbc.sql("select sync_run_id from ledger.reconciliation where creditor_id = ? order by created_at desc limit 1")
                .param(creditor.value()).query(UUID.class).optional().map(SyncRunId::new);
    }

    private List<Discrepancy> discrepancies(CreditorId creditor, SyncRunId run) {
        return jdbc.sql("""
                select external_id, document_id, number, currency, mirror_open, erp_open, reason_code, reason
                from ledger.reconciliation_item where creditor_id = ? and sync_run_id = ? order by number, external_id""")
                .params(creditor.value(), run.value())
                .query((rs, n) -> new Discrepancy(rs.getString(1), rs.getObject(2, UUID.class),
                        rs.getObject(3) == null ? null : rs.getLong(3), rs.getString(4), rs.getBigDecimal(5),
                        rs.getBigDecimal(6), rs.getString(7), rs.getString(8)))
                .list();
    }

    private static MirroredDocument mirrored(ResultSet rs, int row) throws SQLException {
        return new MirroredDocument(rs.getObject(1, UUID.class), rs.getString(2), DocumentKind.valueOf(rs.getString(3)),
                rs.getObject(4) == null ? null : rs.getLong(4), rs.getString(5), rs.getBigDecimal(6), rs.getBigDecimal(7),
                rs.getBigDecimal(8), rs.getString(9), rs.getString(10));
    }
}
