package org.reskontro.dunning.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.reskontro.dunning.domain.DunningPolicy;
import org.reskontro.dunning.domain.DunningStep;
import org.reskontro.shared.CountryCode;
import org.reskontro.shared.CreditorId;
import org.reskontro.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Policies, each edit a new version; the creditor's current policy and debtors' own policies. */
@Repository
public class PolicyRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<DunningStep>> STEPS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    public PolicyRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(CreditorId creditor, DunningPolicy policy, String by, Instant at) {
        jdbc.sql("""
                insert into dunning.policy (creditor_id, id, version, name, country, minimum_amount, currency,
                    reminder_fee_agreed, steps, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)""")
                .params(creditor.value(), policy.id(), policy.version(), policy.name(), policy.country().name(),
                        policy.minimumAmount().amount(), policy.minimumAmount().currency().getCurrencyCode(),
                        policy.reminderFeeAgreed(), JSON.writeValueAsString(policy.steps()),
                        OffsetDateTime.ofInstant(at, ZoneOffset.UTC), by)
                .update();
    }

    /** Makes the policy the creditor's default, unless it already has one (first writer wins on several nodes). */
    public void useAsDefault(CreditorId creditor, UUID policy) {
        jdbc.sql("insert into dunning.creditor_policy (creditor_id, policy_id) values (?, ?) on conflict do nothing")
                .params(creditor.value(), policy).update();
    }

    public Optional<UUID> defaultPolicy(CreditorId creditor) {
        return jdbc.sql("select policy_id from dunning.creditor_policy where creditor_id = ?")
                .param(creditor.value()).query(UUID.class).optional();
    }

    public Optional<DunningPolicy> latest(CreditorId creditor, UUID id) {
        return jdbc.sql("select * from dunning.policy where creditor_id = ? and id = ? order by version desc limit 1")
                .params(creditor.value(), id).query(PolicyRows::policy).optional();
    }

    public List<DunningPolicy> latestOfEach(CreditorId creditor) {
        return jdbc.sql("""
                select distinct on (id) * from dunning.policy where creditor_id = ? order by id, version desc""")
                .param(creditor.value()).query(PolicyRows::policy).list();
    }

    private static DunningPolicy policy(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new DunningPolicy(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getString("name"),
                CountryCode.valueOf(rs.getString("country")),
                Money.of(rs.getBigDecimal("minimum_amount"), rs.getString("currency")),
                rs.getBoolean("reminder_fee_agreed"), JSON.readValue(rs.getString("steps"), STEPS));
    }
}
