package org.reskontro.dunning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.reskontro.charges.DebtorType;
import org.reskontro.charges.Explanation;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.dunning.domain.BusinessCalendar;
import org.reskontro.dunning.domain.ClaimSnapshot;
import org.reskontro.dunning.domain.DunningPolicy;
import org.reskontro.dunning.domain.IssuedStep;
import org.reskontro.dunning.domain.NextAction;
import org.reskontro.dunning.persistence.HoldRows;
import org.reskontro.dunning.persistence.IssuedRows;
import org.reskontro.dunning.persistence.StateRows;
import org.reskontro.ledger.DebtorContact;
import org.reskontro.ledger.DebtorDirectory;
import org.reskontro.ledger.Ledger;
import org.reskontro.ledger.OpenItem;
import org.reskontro.platform.security.CurrentOperator;
import org.reskontro.shared.CreditorId;
import org.reskontro.shared.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dunning's use cases: the creditor's policy, the daily evaluation, the next action of every invoice, a preview of
 * the coming days, each invoice's timeline, and what people decide (pause, dispute, next step, exclusion).
 * Callers check that the operator may see the creditor (I5).
 */
@Service
public class Dunning {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int ALL = Integer.MAX_VALUE;

    private final Creditors creditors;
    private final DunningRun runs;
    private final Policies policies;
    private final Reads reads;
    private final HoldRows holds;
    private final IssuedRows issuedRows;
    private final LetterDispatch letters;
    private final OutstandingList outstanding;
    private final org.reskontro.dunning.persistence.OutstandingListRows outstandingRows;
    private final Clock clock;

    Dunning(Creditors creditors, DunningRun runs, Policies policies, Reads reads, HoldRows holds, IssuedRows issuedRows,
            LetterDispatch letters, OutstandingList outstanding,
            org.reskontro.dunning.persistence.OutstandingListRows outstandingRows, Clock clock) {
        this.creditors = creditors;
        this.runs = runs;
        this.policies = policies;
        this.reads = reads;
        this.holds = holds;
        this.issuedRows = issuedRows;
        this.letters = letters;
        this.outstanding = outstanding;
        this.outstandingRows = outstandingRows;
        this.clock = clock;
    }

    /** Evaluates every open invoice of the creditor for the day, issuing the steps due (idempotent per day). */
    public RunSummary run(CreditorId creditor, LocalDate today) {
        return runs.run(creditor(creditor), today);
    }

    /**
     * Hands every letter that is ready (evaluated, and approved where needed) to notification: e-mail or print
     * queue. Safe to repeat: each letter is one notice, keyed by the letter.
     */
    public int sendLetters(CreditorId creditor) {
        return letters.sendReady(creditor(creditor));
    }

    public java.util.Optional<OutstandingListSettings> outstandingList(CreditorId creditor) {
        return outstandingRows.find(creditor).map(r -> new OutstandingListSettings(r.email(), r.weekdays()));
    }

    @Transactional
    public void configureOutstandingList(CreditorId creditor, OutstandingListSettings settings) {
        outstandingRows.save(creditor, settings.email().trim(), settings.weekdays(), CurrentOperator.get().username(),
                Instant.now(clock));
    }

    /** Sends the outstanding list now (once a day: a second call the same day finds the same notice). */
    public org.reskontro.notification.NoticeOutcome sendOutstandingList(CreditorId creditor) {
        Creditor c = creditor(creditor);
        OutstandingListSettings settings = outstandingList(creditor).orElseThrow(() -> new IllegalArgumentException(
                "Set the outstanding list's e-mail address and weekdays first"));
        LocalDate today = LocalDate.now(clock.withZone(c.timeZone()));
        return outstanding.send(c, settings.email(), today, preview(creditor, 7));
    }

    /** The cycle's part: the list goes out on the creditor's weekdays. */
    public boolean sendOutstandingListIfDue(CreditorId creditor) {
        Creditor c = creditor(creditor);
        LocalDate today = LocalDate.now(clock.withZone(c.timeZone()));
        if (outstandingRows.find(creditor).filter(s -> s.weekdays().contains(today.getDayOfWeek())).isEmpty()) {
            return false;
        }
        return outstanding.sendIfDue(c, today, preview(creditor, 7)).isPresent();
    }

    /** A letter's PDF as it would be sent (or was, for a sent one: rendered again from the same issued steps). */
    public byte[] letterPdf(CreditorId creditor, UUID letter) {
        return letters.preview(creditor(creditor), letter);
    }

    /** The day's evaluation in the creditor's own time zone. */
    public RunSummary runToday(CreditorId creditor) {
        Creditor c = creditor(creditor);
        return runs.run(c, LocalDate.now(clock.withZone(c.timeZone())));
    }

    @Transactional
    public DunningPolicy policy(CreditorId creditor) {
        return policies.standard(creditor(creditor));
    }

    /** Saves the creditor's policy as a new version; decisions made before keep naming the version they used. */
    @Transactional
    public DunningPolicy savePolicy(CreditorId creditor, DunningPolicy draft) {
        Creditor c = creditor(creditor);
        DunningPolicy current = policies.standard(c);
        return policies.save(c, new DunningPolicy(current.id(), current.version(), draft.name(), c.country(),
                draft.minimumAmount(), draft.reminderFeeAgreed(), draft.steps()), CurrentOperator.get().username());
    }

    /** All the creditor's policies (their current versions): the standard one and those made for some debtors. */
    @Transactional
    public List<DunningPolicy> policies(CreditorId creditor) {
        policies.standard(creditor(creditor));
        return policies.all(creditor);
    }

    /** A further policy for debtors that need a procedure of their own (S-DUN-1); version 1. */
    @Transactional
    public DunningPolicy createPolicy(CreditorId creditor, DunningPolicy draft) {
        Creditor c = creditor(creditor);
        return policies.save(c, new DunningPolicy(UUID.randomUUID(), 1, draft.name(), c.country(), draft.minimumAmount(),
                draft.reminderFeeAgreed(), draft.steps()), CurrentOperator.get().username());
    }

    /** Gives one debtor its own policy, or (null) the creditor's standard one again. */
    @Transactional
    public void assignPolicy(CreditorId creditor, String debtor, UUID policy) {
        if (policy != null && policies.all(creditor).stream().noneMatch(p -> p.id().equals(policy))) {
            throw new IllegalArgumentException("No policy " + policy + " for this creditor");
        }
        HoldRows.DebtorSetting current = holds.debtorSettings(creditor).get(debtor);
        holds.saveDebtorSetting(creditor, debtor, new HoldRows.DebtorSetting(policy,
                current != null && current.excludedFromCollection(), current == null ? null : current.reason()),
                CurrentOperator.get().username(), Instant.now(clock));
    }

    public List<NextActionView> nextActions(CreditorId creditor, int limit) {
        return reads.nextActions(creditor, limit);
    }

    public List<LetterSummary> letters(CreditorId creditor, int limit) {
        return reads.letters(creditor, limit);
    }

    public List<TimelineEntry> timeline(CreditorId creditor, UUID document) {
        return reads.timeline(creditor, document);
    }

    /**
     * What the policy would send from today on, day by day for {@code days} days, if nothing is paid: each
     * invoice's history is played forward as if each step had been sent on its day.
     */
    @Transactional(readOnly = true)
    public List<PreviewEntry> preview(CreditorId creditor, int days) {
        Creditor c = creditor(creditor);
        LocalDate today = LocalDate.now(clock.withZone(c.timeZone()));
        return reads.preview(c, policies, today, days);
    }

    /** Pauses, disputes or steers one invoice (S-DUN-5); the next evaluation honours it. */
    @Transactional
    public void hold(CreditorId creditor, UUID document, ClaimHoldInput input) {
        DunningPolicy policy = policies.standard(creditor(creditor));
        Integer step = input.nextStep();
        if (step != null && (step < 1 || step > policy.steps().size())) {
            throw new IllegalArgumentException("The next step must be between 1 and " + policy.steps().size());
        }
        if (input.reason() == null || input.reason().isBlank()) {
            throw new IllegalArgumentException("Say why: a pause, a dispute or a chosen step needs a reason");
        }
        holds.saveClaimHold(creditor, document, new HoldRows.ClaimHold(input.pausedUntil(), input.isDisputed(),
                step == null ? null : step - 1, input.reason().trim()), CurrentOperator.get().username(), Instant.now(clock));
    }

    /** Approves a letter that waits for approval (a step marked so, e.g. the hand-over): it will be sent. */
    @Transactional
    public void approveLetter(CreditorId creditor, UUID letter) {
        decideProposed(creditor, letter, "TO_SEND");
    }

    /**
     * Cancels a letter that waits for approval: its steps count as never issued, so the next evaluation proposes
     * them again; to stop that, pause the invoice or exclude the debtor from collection.
     */
    @Transactional
    public void cancelLetter(CreditorId creditor, UUID letter) {
        decideProposed(creditor, letter, "CANCELLED");
    }

    private void decideProposed(CreditorId creditor, UUID letter, String status) {
        var found = issuedRows.letter(creditor, letter)
                .orElseThrow(() -> new IllegalArgumentException("No letter " + letter + " for this creditor"));
        if (!found.status().equals("PROPOSED")) {
            throw new IllegalArgumentException("Only a letter awaiting approval can be approved or cancelled (this one is "
                    + found.status() + ")");
        }
        issuedRows.setLetterStatus(creditor, letter, status, null);
    }

    /** Excludes a debtor from hand-over to collection, or includes it again (S-DUN-6). */
    @Transactional
    public void excludeFromCollection(CreditorId creditor, String debtor, boolean excluded, String reason) {
        HoldRows.DebtorSetting current = holds.debtorSettings(creditor).get(debtor);
        holds.saveDebtorSetting(creditor, debtor, new HoldRows.DebtorSetting(current == null ? null : current.policyId(),
                excluded, reason), CurrentOperator.get().username(), Instant.now(clock));
    }

    private Creditor creditor(CreditorId id) {
        return creditors.get(id).orElseThrow(() -> new IllegalArgumentException("No creditor " + id));
    }

    /** The read side: views over the stored states, steps and letters, and the preview's simulation. */
    @org.springframework.stereotype.Component
    static class Reads {

        private final Ledger ledger;
        private final DebtorDirectory directory;
        private final IssuedRows issued;
        private final StateRows states;
        private final HoldRows holds;
        private final StepCharges charges;

        Reads(Ledger ledger, DebtorDirectory directory, IssuedRows issued, StateRows states, HoldRows holds,
              StepCharges charges) {
            this.ledger = ledger;
            this.directory = directory;
            this.issued = issued;
            this.states = states;
            this.holds = holds;
            this.charges = charges;
        }

        List<NextActionView> nextActions(CreditorId creditor, int limit) {
            Map<UUID, StateRows.State> stored = states.states(creditor);
            List<NextActionView> views = new ArrayList<>();
            for (OpenItem item : ledger.openItems(creditor, null, limit)) {
                StateRows.State s = stored.get(item.documentId());
                views.add(new NextActionView(item.documentId(), item.number(), item.debtorExternalId(), item.debtorName(),
                        item.dueDate(), item.open(), s == null ? null : s.action(), s == null ? null : s.reason(),
                        s == null ? null : s.stepType(), s == null ? null : s.nextDate(), null));
            }
            return views;
        }

        List<LetterSummary> letters(CreditorId creditor, int limit) {
            return issued.letters(creditor, limit).stream().map(l -> new LetterSummary(l.id(), l.debtor(), l.type().name(),
                    l.issuedOn(), l.deadline(), l.channel(), l.invoices(), Money.of(l.total(), l.currency()), l.status()))
                    .toList();
        }

        List<TimelineEntry> timeline(CreditorId creditor, UUID document) {
            List<TimelineEntry> entries = new ArrayList<>();
            for (StateRows.Decision d : states.decisions(creditor, document)) {
                entries.add(new TimelineEntry(d.decidedOn(), "DECISION", d.state().action(), d.state().reason(),
                        d.state().stepType(), d.state().nextDate(), null, null, null, null, d.policyVersion(), null));
            }
            Map<UUID, String> letterStatus = new HashMap<>();
            for (IssuedRows.IssuedRow row : issued.ofDocument(creditor, document)) {
                letterStatus.computeIfAbsent(row.letterId(), id -> issued.letter(creditor, id)
                        .map(IssuedRows.LetterRow::status).orElse(null));
                entries.add(new TimelineEntry(row.issuedOn(), "ISSUED", "ISSUE", null, row.type().name(), row.deadline(),
                        Money.of(row.fee(), row.currency()), Money.of(row.interest(), row.currency()),
                        explanation(row.feeExplanation()), explanation(row.interestExplanation()), row.policyVersion(),
                        letterStatus.get(row.letterId())));
            }
            entries.sort(java.util.Comparator.comparing(TimelineEntry::on)
                    .thenComparing(e -> e.kind().equals("ISSUED") ? 1 : 0));
            return entries;
        }

        List<PreviewEntry> preview(Creditor creditor, Policies policies, LocalDate today, int days) {
            DunningPolicy standard = policies.standard(creditor);
            Map<String, DebtorContact> contacts = new HashMap<>();
            directory.withOpenItems(creditor.id()).forEach(c -> contacts.put(c.externalId(), c));
            Map<UUID, List<IssuedStep>> histories = issued.histories(creditor.id());
            Map<UUID, HoldRows.ClaimHold> claimHolds = holds.claimHolds(creditor.id());
            Map<String, HoldRows.DebtorSetting> settings = holds.debtorSettings(creditor.id());
            BusinessCalendar calendar = new BusinessCalendar(creditor.country());
            List<PreviewEntry> entries = new ArrayList<>();
            for (OpenItem item : ledger.openItems(creditor.id(), null, ALL)) {
                DebtorContact contact = contacts.get(item.debtorExternalId());
                DebtorType debtorType = contact != null && !contact.person() ? DebtorType.BUSINESS : DebtorType.CONSUMER;
                List<IssuedStep> history = new ArrayList<>(histories.getOrDefault(item.documentId(), List.of()));
                HoldRows.ClaimHold hold = claimHolds.get(item.documentId());
                DunningPolicy policy = policies.forDebtor(creditor, standard, settings.get(item.debtorExternalId()));
                for (int d = 0; d <= days; d++) {
                    LocalDate day = today.plusDays(d);
                    ClaimSnapshot claim = DunningRun.snapshotFor(item, contact, settings.get(item.debtorExternalId()),
                            hold, history);
                    if (org.reskontro.dunning.domain.DunningEvaluator.nextAction(policy, claim, day, calendar) instanceof NextAction.Issue issue) {
                        entries.add(new PreviewEntry(day, item.documentId(), item.number(), item.debtorExternalId(),
                                item.debtorName(), issue.step().type().name(), issue.step().channel().name(),
                                issue.step().needsApproval(),
                                charges.fee(policy, issue.step(), claim, debtorType, day).amount(),
                                charges.interest(policy, issue.step(), claim, debtorType, day).amount()));
                        history.add(new IssuedStep(issue.stepIndex(), issue.step().type(), day, issue.deadline()));
                        if (issue.manual()) {
                            hold = hold == null ? null : new HoldRows.ClaimHold(hold.pausedUntil(), hold.disputed(), null,
                                    hold.reason());
                        }
                    }
                }
            }
            entries.sort(java.util.Comparator.comparing(PreviewEntry::on).thenComparing(PreviewEntry::debtorName,
                    java.util.Comparator.nullsLast(String::compareTo)));
            return entries;
        }

        private static Explanation explanation(String json) {
            return json == null ? null : JSON.readValue(json, Explanation.class);
        }
    }
}
