package org.reskontro.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.reskontro.shared.CreditorId;

/**
 * What the database alone needs for the rows a full sync writes to ledger.document and ledger.open_item: the same
 * invoices, formatted in Java and sent with PostgreSQL's COPY into copies of both tables (same columns, keys and
 * indexes), in one transaction on the application's DataSource, from the first row to the commit. Both kinds of table
 * that skip the write-ahead log are measured, temporary (in the session's own small buffers) and unlogged (in the
 * shared buffers): the faster of the two is the physical limit the sync is compared with.
 */
final class CopyBaseline {

    /** {@code rows} per table; the time into temporary and into unlogged tables. */
    record Copied(int rows, long temporaryNanos, long unloggedNanos) {

        /** The baseline: the faster way. */
        long nanos() {
            return Math.min(temporaryNanos, unloggedNanos);
        }
    }

    private static final int CHUNK = 256 * 1024;

    private CopyBaseline() {
    }

    static Copied run(DataSource dataSource, CreditorId creditor, List<SimulatorProcess.Invoice> invoices, Instant now) {
        long temporary = run(dataSource, creditor, invoices, now, "temporary");
        long unlogged = run(dataSource, creditor, invoices, now, "unlogged");
        return new Copied(invoices.size(), temporary, unlogged);
    }

    private static long run(DataSource dataSource, CreditorId creditor, List<SimulatorProcess.Invoice> invoices,
            Instant now, String tableKind) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("create " + tableKind + " table bench_document (like ledger.document including all)");
                statement.execute("create " + tableKind + " table bench_open_item (like ledger.open_item including all)");
                connection.commit();
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                long start = System.nanoTime();
                UUID run = UUID.randomUUID();
                UUID[] ids = new UUID[invoices.size()];
                String transferredAt = now.toString();
                copy(copy, """
                        copy bench_document (creditor_id, id, kind, external_id, number, customer_external_id,
                            issue_date, due_date, currency, total_incl_vat, total_excl_vat, transferred_at,
                            transferred_in_run)
                        from stdin""", invoices, (i, row) -> {
                    SimulatorProcess.Invoice d = invoices.get(i);
                    ids[i] = UUID.randomUUID();
                    row.append(creditor.value()).append('\t').append(ids[i]).append("\tINVOICE\t").append(d.guid())
                            .append('\t').append(d.number()).append('\t').append(d.contactGuid()).append('\t')
                            .append(d.date()).append('\t').append(d.paymentDate()).append('\t').append(d.currency())
                            .append('\t').append(d.totalInclVat().toPlainString()).append('\t')
                            .append(d.totalExclVat().toPlainString()).append('\t').append(transferredAt).append('\t')
                            .append(run).append('\n');
                });
                copy(copy, """
                        copy bench_open_item (creditor_id, document_id, kind, number, customer_external_id, issue_date,
                            due_date, currency, total_incl_vat, open_amount, erp_status, erp_version, revision)
                        from stdin""", invoices, (i, row) -> {
                    SimulatorProcess.Invoice d = invoices.get(i);
                    row.append(creditor.value()).append('\t').append(ids[i]).append("\tINVOICE\t").append(d.number())
                            .append('\t').append(d.contactGuid()).append('\t').append(d.date()).append('\t')
                            .append(d.paymentDate()).append('\t').append(d.currency()).append('\t')
                            .append(d.totalInclVat().toPlainString()).append('\t')
                            .append(d.remaining().toPlainString()).append('\t').append(d.status())
                            .append('\t').append(d.updatedAt()).append("\t1\n");
                });
                connection.commit();
                long nanos = System.nanoTime() - start;
                statement.execute("drop table bench_document, bench_open_item");
                connection.commit();
                return nanos;
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The COPY baseline failed: " + e.getMessage(), e);
        }
    }

    /** Streams rows in chunks of about 256 KB, so the whole table never sits in memory as text. */
    private static void copy(CopyManager copy, String sql, List<?> rows, BiConsumer<Integer, StringBuilder> format)
            throws SQLException {
        CopyIn in = copy.copyIn(sql);
        try {
            StringBuilder chunk = new StringBuilder(CHUNK + 1024);
            for (int i = 0; i < rows.size(); i++) {
                format.accept(i, chunk);
                if (chunk.length() >= CHUNK || i == rows.size() - 1) {
                    byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
                    in.writeToCopy(bytes, 0, bytes.length);
                    chunk.setLength(0);
                }
            }
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }
}
