package org.reskontro.dunning.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.reskontro.shared.CreditorId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What people decided: per invoice (pause, dispute, manual next step) and per debtor (own policy, exclusion). */
@Repository
public class HoldRows {

    /** A person's hold on one invoice. */
    public record ClaimHold(LocalDate pausedUntil, boolean disputed, Integer overrideStep, String reason) {
    }

    /** A person's settings for one debtor. */
    public record DebtorSetting(UUID policyId, boolean excludedFromCollection, String reason) {
    }

    private final JdbcClient jdbc;

    public HoldRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<UUID, ClaimHold> claimHolds(CreditorId creditor) {
        Map<UUID, ClaimHold> holds = new HashMap<>();
        jdbc.sql("select * from dunning.claim_hold where creditor_id = ?").param(creditor.value())
                .query(rs -> {
                    holds.put(rs.getObject("document_id", UUID.class), new ClaimHold(
                            rs.getObject("paused_until", LocalDate.class), rs.getBoolean("disputed"),
                            (Integer) rs.getObject("override_step"), rs.getString("reason")));
                });
        return holds;
    }

    public Map<String, DebtorSetting> debtorSettings(CreditorId creditor) {
        Map<String, DebtorSetting> settings = new HashMap<>();
        jdbc.sql("select * from dunning.debtor_setting where creditor_id = ?").param(creditor.value())
                .query(rs -> {
                    settings.put(rs.getString("debtor_external_id"), new DebtorSetting(
                            rs.getObject("policy_id", UUID.class), rs.getBoolean("excluded_from_collection"),
                            rs.getString("reason")));
                });
        return settings;
    }

    public void saveClaimHold(CreditorId creditor, UUID document, ClaimHold hold, String by, Instant at) {
        jdbc.sql("""
                insert into dunning.claim_hold (creditor_id, document_id, paused_until, disputed, override_step, reason,
                    updated_by, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (creditor_id, document_id) do update set paused_until = excluded.paused_until,
                    disputed = excluded.disputed, override_step = excluded.override_step, reason = excluded.reason,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .params(creditor.value(), document, hold.pausedUntil(), hold.disputed(), hold.overrideStep(),
                        hold.reason(), by, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }

    /** A manual next step is used once: when it was issued, the policy takes over again. */
    public void clearOverride(CreditorId creditor, UUID document) {
        jdbc.sql("update dunning.claim_hold set override_step = null where creditor_id = ? and document_id = ?")
                .params(creditor.value(), document).update();
    }

    public void saveDebtorSetting(CreditorId creditor, String debtor, DebtorSetting setting, String by, Instant at) {
        jdbc.sql("""
                insert into dunning.debtor_setting (creditor_id, debtor_external_id, policy_id, excluded_from_collection,
                    reason, updated_by, updated_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (creditor_id, debtor_external_id) do update set policy_id = excluded.policy_id,
                    excluded_from_collection = excluded.excluded_from_collection, reason = excluded.reason,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .params(creditor.value(), debtor, setting.policyId(), setting.excludedFromCollection(), setting.reason(),
                        by, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }
}
