package org.reskontro.scheduling.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.reskontro.scheduling.Cycle;
import org.reskontro.scheduling.CycleId;
import org.reskontro.shared.CreditorId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The scheduling.cycle rows. Two indexes do the cluster's bookkeeping: (creditor_id, slot) is unique, so a slot
 * becomes one cycle however many nodes dispatch it; and only one row per creditor may be RUNNING.
 */
@Repository
public class CycleRows {

    /** Newest first; shared with the steps' query so both see the same cycles. */
    static final String RECENT = """
            select * from scheduling.cycle where creditor_id = ?
            order by scheduled_at desc, slot desc nulls first, id limit ?""";

    private final JdbcClient jdbc;

    CycleRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A cycle for a slot; empty when that slot has a cycle already. */
    public Optional<CycleId> insertForSlot(CreditorId creditor, Instant slot, int missed, Instant missedFrom, Instant at) {
        return jdbc.sql("""
                insert into scheduling.cycle (creditor_id, id, slot, trigger, status, missed_slots, missed_from, scheduled_at)
                values (?, ?, ?, 'schedule', 'SCHEDULED', ?, ?, ?)
                on conflict (creditor_id, slot) do nothing
                returning id""")
                .params(creditor.value(), UUID.randomUUID(), Timestamp.from(slot), missed, timestamp(missedFrom),
                        Timestamp.from(at))
                .query(UUID.class).optional().map(CycleId::new);
    }

    public CycleId insertNow(CreditorId creditor, String trigger, Instant at) {
        CycleId id = new CycleId(UUID.randomUUID());
        jdbc.sql("""
                insert into scheduling.cycle (creditor_id, id, trigger, status, scheduled_at)
                values (?, ?, ?, 'SCHEDULED', ?)""")
                .params(creditor.value(), id.value(), trigger, Timestamp.from(at)).update();
        return id;
    }

    /** The cycle scheduled or running for this creditor, the newest if several are scheduled. */
    public Optional<CycleId> active(CreditorId creditor) {
        return jdbc.sql("""
                select id from scheduling.cycle where creditor_id = ? and status in ('SCHEDULED', 'RUNNING')
                order by status = 'RUNNING' desc, scheduled_at desc limit 1""")
                .param(creditor.value()).query(UUID.class).optional().map(CycleId::new);
    }

    /**
     * SCHEDULED → RUNNING, or RUNNING again when db-scheduler revives the task of a node that died. False when the
     * cycle has ended already. Throws {@link org.springframework.dao.DuplicateKeyException} while another cycle of
     * the creditor is running.
     */
    public boolean start(CreditorId creditor, CycleId cycle, Instant at) {
        return jdbc.sql("""
                update scheduling.cycle set status = 'RUNNING', started_at = coalesce(started_at, ?)
                where creditor_id = ? and id = ? and status in ('SCHEDULED', 'RUNNING')""")
                .params(Timestamp.from(at), creditor.value(), cycle.value()).update() == 1;
    }

    public void skip(CreditorId creditor, CycleId cycle, String note, Instant at) {
        jdbc.sql("""
                update scheduling.cycle set status = 'SKIPPED', note = ?, started_at = ?, finished_at = ?
                where creditor_id = ? and id = ? and status = 'SCHEDULED'""")
                .params(note, Timestamp.from(at), Timestamp.from(at), creditor.value(), cycle.value()).update();
    }

    public void finish(CreditorId creditor, CycleId cycle, Cycle.Status status, Instant at) {
        jdbc.sql("update scheduling.cycle set status = ?, finished_at = ? where creditor_id = ? and id = ?")
                .params(status.name(), Timestamp.from(at), creditor.value(), cycle.value()).update();
    }

    public Optional<Cycle> running(CreditorId creditor) {
        return jdbc.sql("select * from scheduling.cycle where creditor_id = ? and status = 'RUNNING'")
                .param(creditor.value()).query(CycleRows::map).optional();
    }

    public Optional<Cycle> find(CreditorId creditor, CycleId cycle) {
        return jdbc.sql("select * from scheduling.cycle where creditor_id = ? and id = ?")
                .params(creditor.value(), cycle.value()).query(CycleRows::map).optional();
    }

    public List<Cycle> recent(CreditorId creditor, int limit) {
        return jdbc.sql(RECENT).params(creditor.value(), limit).query(CycleRows::map).list();
    }

    private static Cycle map(ResultSet rs, int row) throws SQLException {
        return new Cycle(new CycleId(rs.getObject("id", UUID.class)), new CreditorId(rs.getObject("creditor_id", UUID.class)),
                rs.getString("trigger"), instant(rs, "slot"), Cycle.Status.valueOf(rs.getString("status")),
                rs.getInt("missed_slots"), instant(rs, "missed_from"), rs.getString("note"), instant(rs, "scheduled_at"),
                instant(rs, "started_at"), instant(rs, "finished_at"), rs.getObject("duration_ms", Long.class), List.of());
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
