package org.reskontro.dunning;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.reskontro.charges.DebtorType;
import org.reskontro.creditors.Creditor;
import org.reskontro.dunning.domain.BusinessCalendar;
import org.reskontro.dunning.domain.ClaimSnapshot;
import org.reskontro.dunning.domain.DebtorStanding;
import org.reskontro.dunning.domain.DunningEvaluator;
import org.reskontro.dunning.domain.DunningPolicy;
import org.reskontro.dunning.domain.IssuedStep;
import org.reskontro.dunning.domain.NextAction;
import org.reskontro.dunning.domain.StepType;
import org.reskontro.shared.FollowUpRestriction;
import org.reskontro.dunning.persistence.HoldRows;
import org.reskontro.dunning.persistence.IssuedRows;
import org.reskontro.dunning.persistence.IssuedRows.IssuedRow;
import org.reskontro.dunning.persistence.IssuedRows.LetterRow;
import org.reskontro.dunning.persistence.StateRows;
import org.reskontro.ledger.DebtorContact;
import org.reskontro.ledger.DebtorDirectory;
import org.reskontro.ledger.Ledger;
import org.reskontro.ledger.OpenItem;
import org.reskontro.shared.DocumentKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * One creditor's daily evaluation: every open invoice gets its next action; the steps due today are issued with
 * their fee and interest, grouped into one letter per debtor and step. All in one transaction, and idempotent: the
 * same day run again (or on a second node) finds every step already issued and writes nothing new.
 */
@Component
class DunningRun {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int ALL = Integer.MAX_VALUE;

    private final Ledger ledger;
    private final DebtorDirectory directory;
    private final Policies policies;
    private final HoldRows holds;
    private final IssuedRows issued;
    private final StateRows states;
    private final StepCharges charges;
    private final Clock clock;

    DunningRun(Ledger ledger, DebtorDirectory directory, Policies policies, HoldRows holds, IssuedRows issued,
               StateRows states, StepCharges charges, Clock clock) {
        this.ledger = ledger;
        this.directory = directory;
        this.policies = policies;
        this.holds = holds;
        this.issued = issued;
        this.states = states;
        this.charges = charges;
        this.clock = clock;
    }

    @Transactional
    RunSummary run(Creditor creditor, LocalDate today) {
        Instant now = Instant.now(clock);
        issued.lock(creditor.id()); // one run per creditor at a time, across nodes, until this transaction ends
        DunningPolicy standard = policies.standard(creditor);
        Map<String, DebtorContact> contacts = new HashMap<>();
        directory.withOpenItems(creditor.id()).forEach(c -> contacts.put(c.externalId(), c));
        Map<String, HoldRows.DebtorSetting> settings = holds.debtorSettings(creditor.id());
        Map<UUID, HoldRows.ClaimHold> claimHolds = holds.claimHolds(creditor.id());
        Map<UUID, List<IssuedStep>> histories = issued.histories(creditor.id());
        Map<UUID, StateRows.State> previous = states.states(creditor.id());
        BusinessCalendar calendar = new BusinessCalendar(creditor.country());
        Map<LetterKey, List<Pending>> letters = new LinkedHashMap<>();
        List<StateRows.Change> changes = new ArrayList<>();
        int waiting = 0;
        int none = 0;
        List<OpenItem> items = ledger.openItems(creditor.id(), null, ALL);
        for (OpenItem item : items) {
            DebtorContact contact = contacts.get(item.debtorExternalId());
            HoldRows.DebtorSetting setting = settings.get(item.debtorExternalId());
            DunningPolicy policy = policies.forDebtor(creditor, standard, setting);
            ClaimSnapshot claim = snapshot(item, contact, setting, claimHolds.get(item.documentId()),
                    histories.getOrDefault(item.documentId(), List.of()));
            NextAction action = DunningEvaluator.nextAction(policy, claim, today, calendar);
            StateRows.State state = state(action);
            if (StateRows.changed(previous.get(item.documentId()), state)) {
                changes.add(new StateRows.Change(item.documentId(), state, policy.id(), policy.version()));
            }
            switch (action) {
                case NextAction.Issue issue -> letters.computeIfAbsent(new LetterKey(item.debtorExternalId(),
                                issue.stepIndex(), policy.id(), issue.step().channel().name()), k -> new ArrayList<>())
                        .add(new Pending(item, claim, policy, issue, contact));
                case NextAction.Wait w -> waiting++;
                case NextAction.None n -> none++;
            }
        }
        states.recordChanges(creditor.id(), changes, today, now);
        Batch batch = new Batch();
        int issuedSteps = 0;
        for (Map.Entry<LetterKey, List<Pending>> letter : letters.entrySet()) {
            issuedSteps += issueLetter(creditor, letter.getValue(), today, batch);
        }
        issued.insertAll(creditor.id(), batch.letters, batch.steps, now);
        batch.overridesUsed.forEach(document -> holds.clearOverride(creditor.id(), document));
        int letterCount = batch.letters.size();
        return new RunSummary(creditor.id(), today, items.size(), issuedSteps, letterCount, waiting, none);
    }

    /**
     * Prepares one letter and its steps for the batch. No step can have been issued meanwhile: the run holds the
     * creditor's dunning lock and read the histories under it.
     */
    private int issueLetter(Creditor creditor, List<Pending> pending, LocalDate today, Batch batch) {
        Pending first = pending.getFirst();
        UUID letterId = UUID.randomUUID();
        String currency = first.item().open().currency().getCurrencyCode();
        LocalDate deadline = pending.stream().map(p -> p.issue().deadline()).max(LocalDate::compareTo).orElseThrow();
        BigDecimal total = BigDecimal.ZERO;
        for (Pending p : pending) {
            DebtorType debtorType = p.contact() != null && !p.contact().person() ? DebtorType.BUSINESS : DebtorType.CONSUMER;
            StepCharges.Charged fee = charges.fee(p.policy(), p.issue().step(), p.claim(), debtorType, today);
            StepCharges.Charged interest = charges.interest(p.policy(), p.issue().step(), p.claim(), debtorType, today);
            batch.steps.add(new IssuedRow(UUID.randomUUID(), p.item().documentId(), p.item().debtorExternalId(),
                    p.item().number(), p.issue().stepIndex(), p.claim().timesIssued(p.issue().stepIndex()),
                    p.issue().step().type(), today, p.issue().deadline(), p.policy().id(), p.policy().version(),
                    p.issue().manual(), letterId, p.item().open().amount(), fee.amount().amount(),
                    interest.amount().amount(), currency, json(fee.explanation()), json(interest.explanation())));
            total = total.add(p.item().open().amount()).add(fee.amount().amount()).add(interest.amount().amount());
            if (p.issue().manual()) {
                batch.overridesUsed.add(p.item().documentId());
            }
        }
        batch.letters.add(new LetterRow(letterId, first.item().debtorExternalId(), first.issue().step().type(), today,
                deadline, first.issue().step().channel().name(), pending.size(), total, currency,
                byHand(first) ? "PROPOSED" : "TO_SEND", null));
        return pending.size();
    }

    /** A step that needs approval, or a friendly notice to a debtor whose customer card forbids automatic ones. */
    private static boolean byHand(Pending first) {
        StepType type = first.issue().step().type();
        return first.issue().step().needsApproval() || (first.contact() != null
                && first.contact().erpRestrictions().contains(FollowUpRestriction.NO_AUTOMATIC_NOTIFICATIONS)
                && (type == StepType.REMINDER || type == StepType.PRE_DUE_NOTICE));
    }

    /** What a run writes, collected so it goes to the database in a few batches. */
    private static final class Batch {
        final List<LetterRow> letters = new ArrayList<>();
        final List<IssuedRow> steps = new ArrayList<>();
        final List<UUID> overridesUsed = new ArrayList<>();
    }

    static ClaimSnapshot snapshotFor(OpenItem item, DebtorContact contact, HoldRows.DebtorSetting setting,
                                     HoldRows.ClaimHold hold, List<IssuedStep> history) {
        return snapshot(item, contact, setting, hold, history);
    }

    private static ClaimSnapshot snapshot(OpenItem item, DebtorContact contact, HoldRows.DebtorSetting setting,
                                          HoldRows.ClaimHold hold, List<IssuedStep> history) {
        DebtorStanding standing = contact != null && !contact.followUp() ? DebtorStanding.FOLLOW_UP_OFF
                : setting != null && setting.excludedFromCollection() ? DebtorStanding.EXCLUDED_FROM_COLLECTION
                : DebtorStanding.FOLLOWED_UP;
        return new ClaimSnapshot(item.documentId(), item.debtorExternalId(), item.kind() == DocumentKind.CREDIT_NOTE,
                item.dueDate(), item.open(), history, standing, hold != null && hold.disputed(),
                hold == null ? null : hold.pausedUntil(), hold == null ? null : hold.overrideStep(),
                contact == null ? java.util.Set.of() : contact.erpRestrictions());
    }

    static StateRows.State state(NextAction action) {
        return switch (action) {
            case NextAction.Issue i -> new StateRows.State("ISSUE", null, i.stepIndex(), i.step().type().name(), i.on());
            case NextAction.Wait w -> new StateRows.State("WAIT", w.reason().name(), w.stepIndex(), w.step().type().name(),
                    w.until());
            case NextAction.None n -> new StateRows.State("NONE", n.reason().name(), null, null, n.until());
        };
    }

    private static String json(org.reskontro.charges.Explanation explanation) {
        return explanation == null ? null : JSON.writeValueAsString(explanation);
    }

    private record LetterKey(String debtor, int stepIndex, UUID policy, String channel) {
    }

    private record Pending(OpenItem item, ClaimSnapshot claim, DunningPolicy policy, NextAction.Issue issue,
                           DebtorContact contact) {
    }
}
