package org.reskontro.ledger.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.reskontro.ledger.SyncRun;
import org.reskontro.ledger.SyncRunId;
import org.reskontro.shared.CreditorId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sync_run rows. Progress is written outside the run's apply transaction (auto-commit), so a person
 * watching the console sees it move while the mirror itself changes only at the end, all at once.
 */
@Repository
public class SyncRunRows {

    private final JdbcClient jdbc;

    SyncRunRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues a run, or returns the run already queued or running for this creditor (one at a time). */
    public SyncRunId queue(CreditorId creditor, String trigger, boolean fullSweep, Instant at) {
        Optional<SyncRunId> active = active(creditor);
        if (active.isPresent()) {
            return active.get();
        }
        SyncRunId id = new SyncRunId(UUID.randomUUID());
        try {
            jdbc.sql("""
                    insert into ledger.sync_run (creditor_id, id, trigger, status, queued_at, full_sweep_requested)
                    values (?, ?, ?, 'QUEUED', ?, ?)""")
                    .params(creditor.value(), id.value(), trigger, Timestamp.from(at), fullSweep).update();
            return id;
        } catch (DuplicateKeyException raced) {
            return active(creditor).orElseThrow(() -> raced);
        }
    }

    public Optional<SyncRunId> active(CreditorId creditor) {
        return jdbc.sql("select id from ledger.sync_run where creditor_id = ? and status in ('QUEUED', 'RUNNING')")
                .param(creditor.value()).query(UUID.class).optional().map(SyncRunId::new);
    }

    /**
     * QUEUED → RUNNING; a RUNNING run may be taken again after its node died (the apply is all-or-nothing, so the
     * dead attempt left nothing of its own in the mirror). Taking one again notes that the earlier attempt did not
     * finish, where it stood and since when, so the run's history does not pass a crash off as one clean run.
     */
    public boolean start(CreditorId creditor, SyncRunId run, Instant at) {
        Optional<Interrupted> interrupted = jdbc.sql("""
                select phase, started_at from ledger.sync_run
                where creditor_id = ? and id = ? and status = 'RUNNING'""")
                .params(creditor.value(), run.value())
                .query((rs, n) -> new Interrupted(rs.getString("phase"), instant(rs, "started_at"))).optional();
        boolean started = jdbc.sql("""
                update ledger.sync_run set status = 'RUNNING', started_at = ?, phase = 'connecting'
                where creditor_id = ? and id = ? and status in ('QUEUED', 'RUNNING')""")
                .params(Timestamp.from(at), creditor.value(), run.value()).update() == 1;
        if (started && interrupted.isPresent()) {
            note(creditor, run, interrupted.get().note(at));
        }
        return started;
    }

    /** Where a run stood when its node stopped without finishing it. */
    private record Interrupted(String phase, Instant startedAt) {

        String note(Instant takenAgainAt) {
            return "Interrupted: the attempt started at " + startedAt + " stopped without finishing while "
                    + (phase == null ? "starting" : "in phase '" + phase + "'") + " (its node died or was stopped);"
                    + " nothing it had read was applied, and the run was started again at " + takenAgainAt;
        }
    }

    public boolean requestedMode(CreditorId creditor, SyncRunId run) {
        return jdbc.sql("select full_sweep_requested from ledger.sync_run where creditor_id = ? and id = ?")
                .params(creditor.value(), run.value()).query(Boolean.class).single();
    }

    public void mode(CreditorId creditor, SyncRunId run, String mode) {
        jdbc.sql("update ledger.sync_run set mode = ? where creditor_id = ? and id = ?")
                .params(mode, creditor.value(), run.value()).update();
    }

    public void progress(CreditorId creditor, SyncRunId run, String phase, int customersSeen, int documentsSeen,
            int documentsToDetail, int documentsDetailed, int httpRequests) {
        jdbc.sql("""
                update ledger.sync_run set phase = ?, customers_seen = ?, documents_seen = ?, documents_to_detail = ?,
                    documents_detailed = ?, http_requests = ?
                where creditor_id = ? and id = ?""")
                .params(phase, customersSeen, documentsSeen, documentsToDetail, documentsDetailed, httpRequests,
                        creditor.value(), run.value())
                .update();
    }

    public void succeed(CreditorId creditor, SyncRunId run, int changesApplied, int httpRequests, Instant at) {
        jdbc.sql("""
                update ledger.sync_run set status = 'SUCCEEDED', phase = 'done', finished_at = ?, changes_applied = ?,
                    http_requests = ?
                where creditor_id = ? and id = ?""")
                .params(Timestamp.from(at), changesApplied, httpRequests, creditor.value(), run.value()).update();
    }

    public void fail(CreditorId creditor, SyncRunId run, String category, String message, int httpRequests, Instant at) {
        jdbc.sql("""
                update ledger.sync_run set status = 'FAILED', finished_at = ?, error_category = ?, error_message = ?,
                    http_requests = greatest(http_requests, ?)
                where creditor_id = ? and id = ?""")
                .params(Timestamp.from(at), category, message, httpRequests, creditor.value(), run.value()).update();
    }

    /** Adds a line to the run's notes, at once (outside any transaction), so a run that fails later keeps it. */
    public void note(CreditorId creditor, SyncRunId run, String line) {
        jdbc.sql("""
                update ledger.sync_run set notes = case when notes is null then ? else notes || chr(10) || ? end
                where creditor_id = ? and id = ?""")
                .params(line, line, creditor.value(), run.value()).update();
    }

    public Optional<SyncRun> find(CreditorId creditor, SyncRunId run) {
        return jdbc.sql("select * from ledger.sync_run where creditor_id = ? and id = ?")
                .params(creditor.value(), run.value()).query(SyncRunRows::map).optional();
    }

    public List<SyncRun> recent(CreditorId creditor, int limit) {
        return jdbc.sql("select * from ledger.sync_run where creditor_id = ? order by queued_at desc limit ?")
                .params(creditor.value(), limit).query(SyncRunRows::map).list();
    }

    private static SyncRun map(ResultSet rs, int row) throws SQLException {
        return new SyncRun(new SyncRunId(rs.getObject("id", UUID.class)),
                new CreditorId(rs.getObject("creditor_id", UUID.class)), rs.getString("trigger"),
                SyncRun.Status.valueOf(rs.getString("status")), rs.getString("mode"), rs.getString("phase"), instant(rs, "queued_at"),
                instant(rs, "started_at"), instant(rs, "finished_at"), rs.getInt("customers_seen"),
                rs.getInt("documents_seen"), rs.getInt("documents_to_detail"), rs.getInt("documents_detailed"),
                rs.getInt("http_requests"), rs.getInt("changes_applied"), rs.getString("error_category"),
                rs.getString("error_message"), rs.getString("notes"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
