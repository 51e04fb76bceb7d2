package org.reskontro.ledger.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.reskontro.ledger.SyncRunId;
import org.reskontro.shared.CreditorId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Where the next delta sync starts asking, and when the last full sweep ran. Moved only by a successful sync. */
@Repository
public class SyncCursors {

    public record SyncCursor(Instant changesSince, Instant lastFullSweepAt) {
    }

    private final JdbcClient jdbc;

    SyncCursors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SyncCursor> find(CreditorId creditor) {
        return jdbc.sql("select changes_since, last_full_sweep_at from ledger.sync_cursor where creditor_id = ?")
                .param(creditor.value())
                .query((rs, n) -> new SyncCursor(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()))
                .optional();
    }

    public void advance(CreditorId creditor, SyncRunId run, Instant changesSince, Instant fullSweepAt) {
        jdbc.sql("""
                insert into ledger.sync_cursor (creditor_id, changes_since, last_full_sweep_at, updated_in_run)
                values (?, ?, ?, ?)
                on conflict (creditor_id) do update set changes_since = excluded.changes_since,
                    last_full_sweep_at = coalesce(?::timestamptz, ledger.sync_cursor.last_full_sweep_at),
                    updated_in_run = excluded.updated_in_run""")
                .params(creditor.value(), Timestamp.from(changesSince),
                        Timestamp.from(fullSweepAt == null ? changesSince : fullSweepAt), run.value(),
                        fullSweepAt == null ? null : Timestamp.from(fullSweepAt))
                .update();
    }
}
