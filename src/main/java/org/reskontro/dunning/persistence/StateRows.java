package org.reskontro.dunning.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.reskontro.shared.CreditorId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each invoice's current next action, and a decision row whenever it changes: the timeline without a row per
 * invoice per day (a million invoices would otherwise write a million unchanged rows daily).
 */
@Repository
public class StateRows {

    /** A next action as stored. */
    public record State(String action, String reason, Integer stepIndex, String stepType, LocalDate nextDate) {

        boolean sameAs(State other) {
            return other != null && action.equals(other.action) && Objects.equals(reason, other.reason)
                    && Objects.equals(stepIndex, other.stepIndex) && Objects.equals(nextDate, other.nextDate);
        }
    }

    /** A change of next action, for the timeline. */
    public record Decision(LocalDate decidedOn, State state, UUID policyId, int policyVersion) {
    }

    private final JdbcClient client;
    private final JdbcTemplate jdbc;

    public StateRows(JdbcClient client, JdbcTemplate jdbc) {
        this.client = client;
        this.jdbc = jdbc;
    }

    public Map<UUID, State> states(CreditorId creditor) {
        Map<UUID, State> states = new HashMap<>();
        client.sql("select * from dunning.claim_state where creditor_id = ?").param(creditor.value())
                .query(rs -> {
                    states.put(rs.getObject("document_id", UUID.class), state(rs));
                });
        return states;
    }

    /** One invoice's new next action, to be stored with its decision. */
    public record Change(UUID document, State state, UUID policy, int version) {
    }

    /**
     * Stores the changed states and their decisions in two batches. Unchanged invoices are not written at all, so
     * a daily run over a million quiet invoices reads much and writes little.
     */
    public void recordChanges(CreditorId creditor, List<Change> changes, LocalDate today, Instant at) {
        if (changes.isEmpty()) {
            return;
        }
        OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        jdbc.batchUpdate("""
                insert into dunning.claim_state (creditor_id, document_id, action, reason, step_index, step_type,
                    next_date, evaluated_on)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (creditor_id, document_id) do update set action = excluded.action, reason = excluded.reason,
                    step_index = excluded.step_index, step_type = excluded.step_type, next_date = excluded.next_date,
                    evaluated_on = excluded.evaluated_on""",
                changes.stream().map(c -> new Object[] {creditor.value(), c.document(), c.state().action(),
                        c.state().reason(), c.state().stepIndex(), c.state().stepType(), c.state().nextDate(), today})
                        .toList());
        jdbc.batchUpdate("""
                insert into dunning.decision (creditor_id, id, document_id, decided_on, action, reason, step_index,
                    step_type, next_date, policy_id, policy_version, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                changes.stream().map(c -> new Object[] {creditor.value(), UUID.randomUUID(), c.document(), today,
                        c.state().action(), c.state().reason(), c.state().stepIndex(), c.state().stepType(),
                        c.state().nextDate(), c.policy(), c.version(), when}).toList());
    }

    public static boolean changed(State previous, State now) {
        return !now.sameAs(previous);
    }

    public List<Decision> decisions(CreditorId creditor, UUID document) {
        return client.sql("select * from dunning.decision where creditor_id = ? and document_id = ? order by decided_on, created_at")
                .params(creditor.value(), document)
                .query((rs, n) -> new Decision(rs.getObject("decided_on", LocalDate.class), state(rs),
                        rs.getObject("policy_id", UUID.class), rs.getInt("policy_version")))
                .list();
    }

    private static State state(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new State(rs.getString("action"), rs.getString("reason"), (Integer) rs.getObject("step_index"),
                rs.getString("step_type"), rs.getObject("next_date", LocalDate.class));
    }
}
