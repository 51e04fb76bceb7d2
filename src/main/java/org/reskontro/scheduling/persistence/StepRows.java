package org.reskontro.scheduling.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.reskontro.ledger.SyncRunId;
import org.reskontro.scheduling.CycleId;
import org.reskontro.scheduling.Step;
import org.reskontro.scheduling.StepKind;
import org.reskontro.shared.CreditorId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The scheduling.cycle_step rows: one per step kind of a cycle, written as the step starts and ends. */
@Repository
public class StepRows {

    private final JdbcClient jdbc;

    StepRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every step of the cycle as PENDING, so the history shows what is still to come; kept on a revived run. */
    public void plan(CreditorId creditor, CycleId cycle, List<StepKind> kinds) {
        for (StepKind kind : kinds) {
            jdbc.sql("""
                    insert into scheduling.cycle_step (creditor_id, cycle_id, position, step, status)
                    values (?, ?, ?, ?, 'PENDING') on conflict do nothing""")
                    .params(creditor.value(), cycle.value(), kind.ordinal(), kind.name()).update();
        }
    }

    public void start(CreditorId creditor, CycleId cycle, StepKind kind, Instant at) {
        jdbc.sql("""
                update scheduling.cycle_step set status = 'RUNNING', started_at = ?
                where creditor_id = ? and cycle_id = ? and position = ?""")
                .params(Timestamp.from(at), creditor.value(), cycle.value(), kind.ordinal()).update();
    }

    public void finish(CreditorId creditor, CycleId cycle, StepKind kind, Step.Status status, String detail,
            String error, SyncRunId syncRun, Instant at) {
        jdbc.sql("""
                update scheduling.cycle_step set status = ?, finished_at = ?, detail = ?, error = ?, sync_run_id = ?
                where creditor_id = ? and cycle_id = ? and position = ?""")
                .params(status.name(), Timestamp.from(at), detail, error, syncRun == null ? null : syncRun.value(),
                        creditor.value(), cycle.value(), kind.ordinal())
                .update();
    }

    public List<Step> of(CreditorId creditor, CycleId cycle) {
        return jdbc.sql("select * from scheduling.cycle_step where creditor_id = ? and cycle_id = ? order by position")
                .params(creditor.value(), cycle.value()).query(StepRows::map).list();
    }

    /** The steps of the creditor's most recent cycles, by cycle. */
    public Map<CycleId, List<Step>> ofRecent(CreditorId creditor, int limit) {
        record Row(CycleId cycle, Step step) {
        }
        return jdbc.sql("select s.* from scheduling.cycle_step s where s.creditor_id = ? and s.cycle_id in (select id from ("
                        + CycleRows.RECENT + ") recent) order by s.cycle_id, s.position")
                .params(creditor.value(), creditor.value(), limit)
                .query((rs, n) -> new Row(new CycleId(rs.getObject("cycle_id", UUID.class)), map(rs, n))).list().stream()
                .collect(Collectors.groupingBy(Row::cycle, Collectors.mapping(Row::step, Collectors.toList())));
    }

    private static Step map(ResultSet rs, int row) throws SQLException {
        UUID syncRun = rs.getObject("sync_run_id", UUID.class);
        return new Step(StepKind.valueOf(rs.getString("step")), Step.Status.valueOf(rs.getString("status")),
                CycleRows.instant(rs, "started_at"), CycleRows.instant(rs, "finished_at"),
                rs.getObject("duration_ms", Long.class), rs.getString("detail"), rs.getString("error"),
                syncRun == null ? null : new SyncRunId(syncRun));
    }
}
