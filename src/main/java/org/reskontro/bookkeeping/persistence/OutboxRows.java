package org.reskontro.bookkeeping.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.reskontro.bookkeeping.OutboxEntry;
import org.reskontro.bookkeeping.OutboxEvent;
import org.reskontro.bookkeeping.OutboxKind;
import org.reskontro.bookkeeping.OutboxStatus;
import org.reskontro.shared.CreditorId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox table: rows to send, in order, and what happened to each. */
@Repository
public class OutboxRows {

    /** A row ready to send: its payload as stored. */
    public record Due(UUID id, long seq, OutboxKind kind, String payload, int attempts, Instant nextAttemptAt) {

        public boolean dueAt(Instant now) {
            return !nextAttemptAt.isAfter(now);
        }
    }

    private static final String ENTRY = """
            select id, seq, kind, status, summary, attempts, next_attempt_at, last_error, external_id, external_number,
                   external_state, depends_on, created_at, sent_at
            from bookkeeping.outbox
            """;

    private final JdbcClient jdbc;

    OutboxRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void enqueue(CreditorId creditor, UUID id, OutboxKind kind, String payload, String summary, UUID dependsOn,
                        Instant now) {
        jdbc.sql("""
                insert into bookkeeping.outbox (creditor_id, id, kind, payload, summary, depends_on, status,
                    next_attempt_at, created_at)
                values (?, ?, ?, cast(? as jsonb), ?, ?, 'PENDING', ?, ?)""")
                .params(creditor.value(), id, kind.name(), payload, summary, dependsOn, utc(now), utc(now))
                .update();
        event(creditor, id, now, "QUEUED", summary, null);
    }

    /**
     * The first row in order that may be sent now, locked until the caller's transaction ends, so a second node that
     * drains the same outbox waits here and then moves on. A row whose dependency is not sent yet is passed over.
     */
    public Optional<Due> lockNext(CreditorId creditor) {
        return jdbc.sql("""
                select o.id, o.seq, o.kind, o.payload::text as payload, o.attempts, o.status, o.next_attempt_at
                from bookkeeping.outbox o
                where o.creditor_id = ? and o.status in ('PENDING', 'WAITING')
                  and (o.depends_on is null or exists (select 1 from bookkeeping.outbox d where d.creditor_id = o.creditor_id
                       and d.id = o.depends_on and d.status = 'SENT'))
                order by o.seq limit 1
                for update of o""")
                .param(creditor.value())
                .query((rs, n) -> new Due(rs.getObject("id", UUID.class), rs.getLong("seq"),
                        OutboxKind.valueOf(rs.getString("kind")), rs.getString("payload"), rs.getInt("attempts"),
                        rs.getTimestamp("next_attempt_at").toInstant()))
                .optional();
    }

    public boolean hasDue(CreditorId creditor, Instant now) {
        return jdbc.sql("""
                select exists (select 1 from bookkeeping.outbox where creditor_id = ? and status in ('PENDING', 'WAITING')
                    and next_attempt_at <= ?)""")
                .params(creditor.value(), utc(now)).query(Boolean.class).single();
    }

    public void markSent(CreditorId creditor, UUID id, String externalId, Long number, String state, Instant now) {
        jdbc.sql("""
                update bookkeeping.outbox set status = 'SENT', attempts = attempts + 1, external_id = ?, external_number = ?,
                    external_state = ?, sent_at = ?, last_error = null, last_category = null
                where creditor_id = ? and id = ?""")
                .params(externalId, number, state, utc(now), creditor.value(), id).update();
    }

    public void markWaiting(CreditorId creditor, UUID id, String error, String category, Instant retryAt) {
        jdbc.sql("""
                update bookkeeping.outbox set status = 'WAITING', attempts = attempts + 1, last_error = ?, last_category = ?,
                    next_attempt_at = ?
                where creditor_id = ? and id = ?""")
                .params(error, category, utc(retryAt), creditor.value(), id).update();
    }

    public void markFailed(CreditorId creditor, UUID id, String error, String category) {
        jdbc.sql("""
                update bookkeeping.outbox set status = 'FAILED', attempts = attempts + 1, last_error = ?, last_category = ?
                where creditor_id = ? and id = ?""")
                .params(error, category, creditor.value(), id).update();
    }

    /** Queues a row again, whatever its state; false when the creditor has no such row. */
    public boolean requeue(CreditorId creditor, UUID id, Instant now) {
        return jdbc.sql("update bookkeeping.outbox set status = 'PENDING', next_attempt_at = ? where creditor_id = ? and id = ?")
                .params(utc(now), creditor.value(), id).update() == 1;
    }

    public String payload(CreditorId creditor, UUID id) {
        return jdbc.sql("select payload::text from bookkeeping.outbox where creditor_id = ? and id = ?")
                .params(creditor.value(), id).query(String.class).single();
    }

    /** The accounting system's id of the document a sent row made. */
    public Optional<String> externalId(CreditorId creditor, UUID id) {
        return jdbc.sql("select external_id from bookkeeping.outbox where creditor_id = ? and id = ? and status = 'SENT'")
                .params(creditor.value(), id).query(String.class).optional();
    }

    public void event(CreditorId creditor, UUID id, Instant at, String event, String message, String actor) {
        jdbc.sql("""
                insert into bookkeeping.outbox_event (creditor_id, outbox_id, at, event, message, actor)
                values (?, ?, ?, ?, ?, ?)""")
                .params(creditor.value(), id, utc(at), event, message, actor).update();
    }

    public List<OutboxEntry> entries(CreditorId creditor, OutboxStatus status, int limit) {
        if (status == null) {
            return jdbc.sql(ENTRY + " where creditor_id = ? order by seq desc limit ?")
                    .params(creditor.value(), limit).query(OutboxRows::entry).list();
        }
        return jdbc.sql(ENTRY + " where creditor_id = ? and status = ? order by seq limit ?")
                .params(creditor.value(), status.name(), limit).query(OutboxRows::entry).list();
    }

    public Optional<OutboxEntry> entry(CreditorId creditor, UUID id) {
        return jdbc.sql(ENTRY + " where creditor_id = ? and id = ?").params(creditor.value(), id)
                .query(OutboxRows::entry).optional();
    }

    public List<OutboxEvent> events(CreditorId creditor, UUID id) {
        return jdbc.sql("""
                select at, event, message, actor from bookkeeping.outbox_event where creditor_id = ? and outbox_id = ?
                order by at, event""")
                .params(creditor.value(), id)
                .query((rs, n) -> new OutboxEvent(rs.getTimestamp("at").toInstant(), rs.getString("event"),
                        rs.getString("message"), rs.getString("actor")))
                .list();
    }

    /** How many rows of each status the creditor has, for the console's summary. */
    public java.util.Map<OutboxStatus, Integer> counts(CreditorId creditor) {
        java.util.Map<OutboxStatus, Integer> counts = new java.util.EnumMap<>(OutboxStatus.class);
        jdbc.sql("select status, count(*) from bookkeeping.outbox where creditor_id = ? group by status")
                .param(creditor.value())
                .query(rs -> {
                    counts.put(OutboxStatus.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return counts;
    }

    private static OutboxEntry entry(ResultSet rs, int row) throws SQLException {
        return new OutboxEntry(rs.getObject("id", UUID.class), rs.getLong("seq"), OutboxKind.valueOf(rs.getString("kind")),
                OutboxStatus.valueOf(rs.getString("status")), rs.getString("summary"), rs.getInt("attempts"),
                instant(rs.getTimestamp("next_attempt_at")), rs.getString("last_error"), rs.getString("external_id"),
                rs.getObject("external_number") == null ? null : rs.getLong("external_number"),
                rs.getString("external_state"), rs.getObject("depends_on", UUID.class),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("sent_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
