package org.reskontro.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.dunning.ClaimHoldInput;
import org.reskontro.dunning.Dunning;
import org.reskontro.dunning.LetterSummary;
import org.reskontro.dunning.NextActionView;
import org.reskontro.dunning.OutstandingListSettings;
import org.reskontro.dunning.PreviewEntry;
import org.reskontro.dunning.RunSummary;
import org.reskontro.dunning.TimelineEntry;
import org.reskontro.dunning.domain.Channel;
import org.reskontro.dunning.domain.DelayFrom;
import org.reskontro.dunning.domain.DunningPolicy;
import org.reskontro.dunning.domain.DunningStep;
import org.reskontro.dunning.domain.StepType;
import org.reskontro.shared.Money;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Dunning", description = "Policies, the daily evaluation, next actions, preview, timelines, holds")
@RestController
@RequestMapping("/api/v1/creditors/{creditorId}/dunning")
class DunningApi {

    private final Creditors creditors;
    private final Dunning dunning;

    DunningApi(Creditors creditors, Dunning dunning) {
        this.creditors = creditors;
        this.dunning = dunning;
    }

    @Operation(summary = "The creditor's dunning policy (its current version)")
    @GetMapping("/policy")
    PolicyView policy(@PathVariable String creditorId) {
        return PolicyView.of(dunning.policy(visible(creditorId).id()));
    }

    @Operation(summary = "Save the policy as a new version; decisions made before keep naming their version")
    @PutMapping("/policy")
    PolicyView savePolicy(@PathVariable String creditorId, @RequestBody PolicyInput input) {
        Creditor creditor = visible(creditorId);
        if (input == null) {
            throw new IllegalArgumentException("A policy needs a name, a minimumAmount and its steps");
        }
        return PolicyView.of(dunning.savePolicy(creditor.id(), input.toPolicy(creditor)));
    }

    @Operation(summary = "All the creditor's policies: the standard one and those made for some debtors")
    @GetMapping("/policies")
    List<PolicyView> policies(@PathVariable String creditorId) {
        return dunning.policies(visible(creditorId).id()).stream().map(PolicyView::of).toList();
    }

    @Operation(summary = "Create a further policy for debtors that need a procedure of their own (S-DUN-1)")
    @PostMapping("/policies")
    PolicyView createPolicy(@PathVariable String creditorId, @RequestBody PolicyInput input) {
        Creditor creditor = visible(creditorId);
        return PolicyView.of(dunning.createPolicy(creditor.id(), input.toPolicy(creditor)));
    }

    @Operation(summary = "Give a debtor its own policy ({\"policyId\": null} for the standard one again)")
    @PutMapping("/debtors/{debtorId}/policy")
    void assignPolicy(@PathVariable String creditorId, @PathVariable String debtorId, @RequestBody PolicyChoice input) {
        dunning.assignPolicy(visible(creditorId).id(), debtorId, input == null ? null : input.policyId());
    }

    @Operation(summary = "Evaluate every open invoice for a day (default: today) and issue the steps due; idempotent")
    @PostMapping("/runs")
    RunOut run(@PathVariable String creditorId, @RequestParam(required = false) LocalDate date) {
        Creditor creditor = visible(creditorId);
        return RunOut.of(date == null ? dunning.runToday(creditor.id()) : dunning.run(creditor.id(), date));
    }

    @Operation(summary = "The outstanding list's recipient and weekdays (S-DOC-3)")
    @GetMapping("/outstanding-list")
    org.springframework.http.ResponseEntity<OutstandingListIo> outstandingList(@PathVariable String creditorId) {
        return dunning.outstandingList(visible(creditorId).id())
                .map(s -> org.springframework.http.ResponseEntity.ok(new OutstandingListIo(s.email(),
                        s.weekdays().stream().sorted().map(Enum::name).toList())))
                .orElse(org.springframework.http.ResponseEntity.noContent().build());
    }

    @Operation(summary = "Set where the outstanding list goes and on which weekdays (MONDAY … SUNDAY)")
    @PutMapping("/outstanding-list")
    void configureOutstandingList(@PathVariable String creditorId, @RequestBody OutstandingListIo input) {
        if (input == null || input.weekdays() == null) {
            throw new IllegalArgumentException("Give the e-mail address and the weekdays");
        }
        dunning.configureOutstandingList(visible(creditorId).id(), new OutstandingListSettings(input.email(),
                input.weekdays().stream().map(d -> java.time.DayOfWeek.valueOf(d.trim().toUpperCase(java.util.Locale.ROOT)))
                        .collect(java.util.stream.Collectors.toSet())));
    }

    @Operation(summary = "Send the outstanding list now (once a day)")
    @PostMapping("/outstanding-list/sending")
    java.util.Map<String, String> sendOutstandingList(@PathVariable String creditorId) {
        var outcome = dunning.sendOutstandingList(visible(creditorId).id());
        return java.util.Map.of("noticeId", outcome.id().value().toString(), "status", outcome.status().name());
    }

    record OutstandingListIo(String email, List<String> weekdays) {
    }

    @Operation(summary = "Send every letter that is ready (evaluated, approved where needed); safe to repeat")
    @PostMapping("/letters/sending")
    java.util.Map<String, Integer> send(@PathVariable String creditorId) {
        return java.util.Map.of("handedOver", dunning.sendLetters(visible(creditorId).id()));
    }

    @Operation(summary = "Every open invoice's next action with its reason")
    @GetMapping("/next-actions")
    List<NextActionOut> nextActions(@PathVariable String creditorId, @RequestParam(defaultValue = "1000") int limit) {
        return dunning.nextActions(visible(creditorId).id(), Math.min(limit, 10_000)).stream().map(NextActionOut::of)
                .toList();
    }

    @Operation(summary = "What the policy would send in the coming days if nothing is paid (default 30)")
    @GetMapping("/preview")
    List<PreviewOut> preview(@PathVariable String creditorId, @RequestParam(defaultValue = "30") int days) {
        return dunning.preview(visible(creditorId).id(), Math.max(1, Math.min(days, 120))).stream().map(PreviewOut::of)
                .toList();
    }

    @Operation(summary = "Letters issued, newest first")
    @GetMapping("/letters")
    List<LetterOut> letters(@PathVariable String creditorId, @RequestParam(defaultValue = "100") int limit) {
        return dunning.letters(visible(creditorId).id(), Math.min(limit, 1000)).stream().map(LetterOut::of).toList();
    }

    @Operation(summary = "Approve a letter awaiting approval (e.g. a hand-over to collection)")
    @PostMapping("/letters/{letterId}/approval")
    void approve(@PathVariable String creditorId, @PathVariable UUID letterId) {
        dunning.approveLetter(visible(creditorId).id(), letterId);
    }

    @Operation(summary = "Cancel a letter awaiting approval; the next evaluation proposes it again unless paused or excluded")
    @PostMapping("/letters/{letterId}/cancellation")
    void cancel(@PathVariable String creditorId, @PathVariable UUID letterId) {
        dunning.cancelLetter(visible(creditorId).id(), letterId);
    }

    @Operation(summary = "One invoice's dunning timeline: decisions and issued steps with fees, interest and explanations")
    @GetMapping("/documents/{documentId}/timeline")
    List<TimelineOut> timeline(@PathVariable String creditorId, @PathVariable UUID documentId) {
        return dunning.timeline(visible(creditorId).id(), documentId).stream().map(TimelineOut::of).toList();
    }

    @Operation(summary = "Pause an invoice until a day, mark it disputed, or choose its next step (1-based); with a reason")
    @PutMapping("/documents/{documentId}/hold")
    void hold(@PathVariable String creditorId, @PathVariable UUID documentId, @RequestBody ClaimHoldInput input) {
        dunning.hold(visible(creditorId).id(), documentId, input);
    }

    @Operation(summary = "Exclude a debtor from hand-over to collection (S-DUN-6), or include it again")
    @PutMapping("/debtors/{debtorId}/collection-exclusion")
    void exclude(@PathVariable String creditorId, @PathVariable String debtorId, @RequestBody ExclusionInput input) {
        dunning.excludeFromCollection(visible(creditorId).id(), debtorId, input.excluded(), input.reason());
    }

    private Creditor visible(String raw) {
        return ApiIds.visibleCreditor(creditors, raw);
    }

    record ExclusionInput(boolean excluded, String reason) {
    }

    record RunOut(String creditorId, LocalDate day, int invoicesEvaluated, int stepsIssued, int letters, int waiting,
                  int noAction) {
        static RunOut of(RunSummary r) {
            return new RunOut(r.creditor().toString(), r.day(), r.invoicesEvaluated(), r.stepsIssued(), r.letters(),
                    r.waiting(), r.noAction());
        }
    }

    record NextActionOut(UUID documentId, Long number, String debtor, String debtorName, LocalDate dueDate,
                         ApiModels.Amount open, String action, String reason, String stepType, LocalDate nextDate) {
        static NextActionOut of(NextActionView v) {
            return new NextActionOut(v.documentId(), v.number(), v.debtor(), v.debtorName(), v.dueDate(),
                    ApiModels.Amount.of(v.open()), v.action(), v.reason(), v.stepType(), v.nextDate());
        }
    }

    record PreviewOut(LocalDate on, UUID documentId, Long number, String debtor, String debtorName, String stepType,
                      String channel, boolean needsApproval, ApiModels.Amount fee, ApiModels.Amount interest) {
        static PreviewOut of(PreviewEntry p) {
            return new PreviewOut(p.on(), p.documentId(), p.number(), p.debtor(), p.debtorName(), p.stepType(),
                    p.channel(), p.needsApproval(), ApiModels.Amount.of(p.fee()), ApiModels.Amount.of(p.interest()));
        }
    }

    record LetterOut(UUID id, String debtor, String stepType, LocalDate issuedOn, LocalDate deadline, String channel,
                     int invoices, ApiModels.Amount total, String status) {
        static LetterOut of(LetterSummary l) {
            return new LetterOut(l.id(), l.debtor(), l.stepType(), l.issuedOn(), l.deadline(), l.channel(),
                    l.invoices(), ApiModels.Amount.of(l.total()), l.status());
        }
    }

    record TimelineOut(LocalDate on, String kind, String action, String reason, String stepType, LocalDate date,
                       ApiModels.Amount fee, ApiModels.Amount interest, org.reskontro.charges.Explanation feeExplanation,
                       org.reskontro.charges.Explanation interestExplanation, int policyVersion, String letterStatus) {
        static TimelineOut of(TimelineEntry t) {
            return new TimelineOut(t.on(), t.kind(), t.action(), t.reason(), t.stepType(), t.date(),
                    t.fee() == null ? null : ApiModels.Amount.of(t.fee()),
                    t.interest() == null ? null : ApiModels.Amount.of(t.interest()), t.feeExplanation(),
                    t.interestExplanation(), t.policyVersion(), t.letterStatus());
        }
    }

    /** A step as sent; omitted numbers are 0 and omitted switches false. */
    record StepInput(String type, Integer delayDays, String from, Integer deadlineDays, String channel,
                     Boolean chargeFee, Boolean chargeInterest, Boolean needsApproval, Boolean attachInvoice,
                     Integer repeatEveryDays, Integer maxRepeats) {

        DunningStep toStep() {
            if (type == null || from == null || channel == null) {
                throw new IllegalArgumentException("Each step needs a type, from and channel");
            }
            return new DunningStep(StepType.valueOf(type), n(delayDays), DelayFrom.valueOf(from), n(deadlineDays),
                    Channel.valueOf(channel), b(chargeFee), b(chargeInterest), b(needsApproval), b(attachInvoice),
                    n(repeatEveryDays), n(maxRepeats));
        }

        private static int n(Integer value) {
            return value == null ? 0 : value;
        }

        private static boolean b(Boolean value) {
            return Boolean.TRUE.equals(value);
        }
    }

    record PolicyInput(String name, BigDecimal minimumAmount, Boolean reminderFeeAgreed, List<StepInput> steps) {

        DunningPolicy toPolicy(Creditor creditor) {
            if (steps == null) {
                throw new IllegalArgumentException("A policy needs a name, a minimumAmount and its steps");
            }
            return new DunningPolicy(UUID.randomUUID(), 1, name, creditor.country(),
                    new Money(minimumAmount == null ? BigDecimal.ZERO : minimumAmount, creditor.currency()),
                    Boolean.TRUE.equals(reminderFeeAgreed), steps.stream().map(StepInput::toStep).toList());
        }
    }

    record PolicyChoice(UUID policyId) {
    }

    record PolicyView(String id, int version, String name, String country, String minimumAmount, String currency,
                      boolean reminderFeeAgreed, List<DunningStep> steps) {
        static PolicyView of(DunningPolicy p) {
            return new PolicyView(p.id().toString(), p.version(), p.name(), p.country().name(),
                    p.minimumAmount().rounded().amount().toPlainString(), p.minimumAmount().currency().getCurrencyCode(),
                    p.reminderFeeAgreed(), p.steps());
        }
    }
}
