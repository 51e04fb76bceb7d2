package org.reskontro.dunning;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.reskontro.creditors.Creditor;
import org.reskontro.dunning.domain.StandardPolicies;
import org.reskontro.dunning.domain.DunningPolicy;
import org.reskontro.dunning.persistence.HoldRows;
import org.reskontro.dunning.persistence.PolicyRows;
import org.reskontro.shared.Money;
import org.springframework.stereotype.Component;

/** Which policy applies: the debtor's own if it has one, else the creditor's, created from the country default. */
@Component
class Policies {

    private final PolicyRows rows;
    private final Clock clock;

    Policies(PolicyRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    DunningPolicy standard(Creditor creditor) {
        return rows.defaultPolicy(creditor.id()).flatMap(id -> rows.latest(creditor.id(), id))
                .orElseGet(() -> createDefault(creditor));
    }

    DunningPolicy forDebtor(Creditor creditor, DunningPolicy standard, HoldRows.DebtorSetting setting) {
        if (setting == null || setting.policyId() == null || setting.policyId().equals(standard.id())) {
            return standard;
        }
        return rows.latest(creditor.id(), setting.policyId()).orElse(standard);
    }

    java.util.List<DunningPolicy> all(org.reskontro.shared.CreditorId creditor) {
        return rows.latestOfEach(creditor);
    }

    /** Saves an edit as the next version of the policy (or the first version of a new one). */
    DunningPolicy save(Creditor creditor, DunningPolicy draft, String by) {
        int version = rows.latest(creditor.id(), draft.id()).map(p -> p.version() + 1).orElse(1);
        DunningPolicy saved = new DunningPolicy(draft.id(), version, draft.name(), creditor.country(),
                draft.minimumAmount(), draft.reminderFeeAgreed(), draft.steps());
        rows.insert(creditor.id(), saved, by, Instant.now(clock));
        return saved;
    }

    private DunningPolicy createDefault(Creditor creditor) {
        DunningPolicy base = StandardPolicies.forCountry(creditor.country(), UUID.randomUUID());
        DunningPolicy own = new DunningPolicy(base.id(), 1, base.name(), creditor.country(),
                new Money(base.minimumAmount().amount(), creditor.currency()), base.reminderFeeAgreed(), base.steps());
        rows.insert(creditor.id(), own, "system", Instant.now(clock));
        rows.useAsDefault(creditor.id(), own.id());
        // Another node may have created one at the same moment; the first registered wins and this one is unused.
        return rows.defaultPolicy(creditor.id()).flatMap(id -> rows.latest(creditor.id(), id)).orElse(own);
    }
}
