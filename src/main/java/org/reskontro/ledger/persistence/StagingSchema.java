package org.reskontro.ledger.persistence;

import java.util.List;
import org.reskontro.ledger.SyncRunId;
import org.reskontro.shared.CreditorId;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where a run's staging lives: a schema of its own, {@code sync_run_<run id>}, holding unlogged copies of the template
 * tables {@code ledger.sync_stage_*} (V12 and later; columns and defaults only, no keys or indexes), created when the
 * run opens and dropped when it ends (ADR 12). Statements are written against the templates, so they read as the
 * schema is documented, and {@link #sql} points them at the run's copies.
 *
 * <p>Why not shared tables with the run in the key: every staged row then also paid for a primary key and an index on
 * its random external id, and the rows a run deleted at its end stayed behind as dead tuples that the next run's scans
 * read until autovacuum came by (the delta after a full sync of a million documents spent seconds in them). A dropped
 * table leaves nothing behind, and runs of different creditors never touch the same table.
 */
public final class StagingSchema {

    /** The template tables; a run gets a copy of each. */
    static final List<String> TABLES = List.of("sync_stage_customer", "sync_stage_document", "sync_stage_news",
            "sync_stage_balance", "sync_stage_payment", "sync_stage_posting");

    private static final String TEMPLATE = "ledger.sync_stage_";
    private static final String PREFIX = "sync_run_";

    private StagingSchema() {
    }

    /** The schema of {@code run}'s staging. */
    public static String name(SyncRunId run) {
        return PREFIX + run.value().toString().replace("-", "");
    }

    /** {@code statement}, written against the template tables, pointed at {@code run}'s own copies. */
    public static String sql(SyncRunId run, String statement) {
        return statement.replace(TEMPLATE, name(run) + ".sync_stage_");
    }

    /**
     * Creates the run's staging, empty; first drops whatever staging is left of the creditor's earlier runs (only one
     * run per creditor is active at a time, so any such staging belongs to a run whose node died) and of this run
     * itself (a run taken over from a dead node starts again from scratch).
     */
    static void create(JdbcTemplate jdbc, CreditorId creditor, SyncRunId run) {
        dropLeftovers(jdbc, creditor);
        String schema = name(run);
        StringBuilder ddl = new StringBuilder("create schema ").append(schema).append(';');
        for (String table : TABLES) {
            ddl.append("create unlogged table ").append(schema).append('.').append(table).append(" (like ledger.")
                    .append(table).append(" including defaults);");
        }
        jdbc.execute(ddl.toString());
    }

    /** Drops the run's staging if there is any. */
    static void drop(JdbcTemplate jdbc, SyncRunId run) {
        dropSchema(jdbc, name(run));
    }

    private static void dropSchema(JdbcTemplate jdbc, String schema) {
        jdbc.execute("drop schema if exists " + schema + " cascade");
    }

    /** The staging schemas of all the creditor's runs, this one's included (it exists when the run is taken over). */
    private static void dropLeftovers(JdbcTemplate jdbc, CreditorId creditor) {
        List<String> leftovers = jdbc.queryForList("""
                select n.nspname from pg_namespace n
                join ledger.sync_run r on n.nspname = ? || replace(r.id::text, '-', '')
                where r.creditor_id = ?""", String.class, PREFIX, creditor.value());
        leftovers.forEach(schema -> dropSchema(jdbc, schema));
    }
}
