package org.reskontro.console;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.reskontro.charges.ExplanationTexts;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.dunning.ClaimHoldInput;
import org.reskontro.dunning.Dunning;
import org.reskontro.dunning.domain.Channel;
import org.reskontro.dunning.domain.DelayFrom;
import org.reskontro.dunning.domain.DunningPolicy;
import org.reskontro.dunning.domain.DunningStep;
import org.reskontro.dunning.domain.StepType;
import org.reskontro.shared.Money;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A creditor's dunning: the policy (editable; each save a new version), what the next 30 days would send, every
 * open invoice's next action with its reason, the letters, and one invoice's timeline with pause, dispute and a
 * chosen next step.
 */
@Controller
class DunningPages {

    private static final int PREVIEW_DAYS = 30;
    private static final int LIST = 500;

    private final Creditors creditors;
    private final Dunning dunning;
    private final ExplanationTexts texts;

    private final org.reskontro.bookkeeping.BookedCharges bookings;

    DunningPages(Creditors creditors, Dunning dunning, ExplanationTexts texts,
                 org.reskontro.bookkeeping.BookedCharges bookings) {
        this.bookings = bookings;
        this.creditors = creditors;
        this.dunning = dunning;
        this.texts = texts;
    }

    @GetMapping("/creditors/{id}/dunning")
    String page(@PathVariable String id, Model model) {
        Creditor creditor = CreditorPages.visible(creditors, id);
        return page(creditor, dunning.policy(creditor.id()), null, model);
    }

    @PostMapping("/creditors/{id}/dunning/policy")
    String savePolicy(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Model model) {
        Creditor creditor = CreditorPages.visible(creditors, id);
        try {
            dunning.savePolicy(creditor.id(), draft(creditor, form));
            return "redirect:/creditors/" + creditor.id() + "/dunning?saved";
        } catch (IllegalArgumentException e) {
            return page(creditor, dunning.policy(creditor.id()), e.getMessage(), model);
        }
    }

    @PostMapping("/creditors/{id}/dunning/runs")
    String runNow(@PathVariable String id) {
        Creditor creditor = CreditorPages.visible(creditors, id);
        dunning.runToday(creditor.id());
        dunning.sendLetters(creditor.id());
        return "redirect:/creditors/" + creditor.id() + "/dunning?ran";
    }

    @PostMapping("/creditors/{id}/dunning/outstanding-list")
    String outstandingList(@PathVariable String id, @RequestParam(defaultValue = "") String email,
                           @RequestParam(required = false) List<String> weekdays,
                           @RequestParam(defaultValue = "save") String action, Model model) {
        Creditor creditor = CreditorPages.visible(creditors, id);
        try {
            if ("send".equals(action)) {
                dunning.sendOutstandingList(creditor.id());
                return "redirect:/creditors/" + creditor.id() + "/dunning?listed";
            }
            dunning.configureOutstandingList(creditor.id(), new org.reskontro.dunning.OutstandingListSettings(email,
                    weekdays == null ? java.util.Set.of() : weekdays.stream().map(java.time.DayOfWeek::valueOf)
                            .collect(java.util.stream.Collectors.toSet())));
            return "redirect:/creditors/" + creditor.id() + "/dunning?saved";
        } catch (IllegalArgumentException e) {
            return page(creditor, dunning.policy(creditor.id()), e.getMessage(), model);
        }
    }

    @PostMapping("/creditors/{id}/dunning/collection-exclusion")
    String exclude(@PathVariable String id, @RequestParam String debtor,
                   @RequestParam(defaultValue = "false") boolean excluded, @RequestParam(defaultValue = "") String reason,
                   Model model) {
        Creditor creditor = CreditorPages.visible(creditors, id);
        if (reason.isBlank()) {
            return page(creditor, dunning.policy(creditor.id()), "Say why the debtor is excluded or included", model);
        }
        dunning.excludeFromCollection(creditor.id(), debtor, excluded, reason.trim());
        return "redirect:/creditors/" + creditor.id() + "/dunning?saved";
    }

    @PostMapping("/creditors/{id}/dunning/letters/{letter}/{decision}")
    String decideLetter(@PathVariable String id, @PathVariable UUID letter, @PathVariable String decision) {
        Creditor creditor = CreditorPages.visible(creditors, id);
        if ("approve".equals(decision)) {
            dunning.approveLetter(creditor.id(), letter);
            dunning.sendLetters(creditor.id());
        } else if ("cancel".equals(decision)) {
            dunning.cancelLetter(creditor.id(), letter);
        }
        return "redirect:/creditors/" + creditor.id() + "/dunning#letters";
    }

    @GetMapping("/creditors/{id}/dunning/documents/{document}")
    String timeline(@PathVariable String id, @PathVariable UUID document, Model model) {
        Creditor creditor = CreditorPages.visible(creditors, id);
        model.addAttribute("creditor", creditor);
        model.addAttribute("document", document);
        model.addAttribute("policy", dunning.policy(creditor.id()));
        model.addAttribute("item", dunning.nextActions(creditor.id(), Integer.MAX_VALUE).stream()
                .filter(a -> a.documentId().equals(document)).findFirst().orElse(null));
        var locale = LocaleContextHolder.getLocale();
        model.addAttribute("entries", dunning.timeline(creditor.id(), document).stream().map(e -> new TimelineLine(e,
                e.feeExplanation() == null ? List.of() : texts.steps(e.feeExplanation(), locale),
                e.interestExplanation() == null ? List.of() : texts.steps(e.interestExplanation(), locale))).toList());
        model.addAttribute("bookings", bookings.charges(creditor.id(), document, 100));
        return "dunning-timeline";
    }

    @PostMapping("/creditors/{id}/dunning/documents/{document}/hold")
    String hold(@PathVariable String id, @PathVariable UUID document,
                @RequestParam(defaultValue = "") String pausedUntil, @RequestParam(defaultValue = "false") boolean disputed,
                @RequestParam(defaultValue = "") String nextStep, @RequestParam(defaultValue = "") String reason,
                Model model) {
        Creditor creditor = CreditorPages.visible(creditors, id);
        try {
            dunning.hold(creditor.id(), document, new ClaimHoldInput(pausedUntil.isBlank() ? null : LocalDate.parse(pausedUntil),
                    disputed, nextStep.isBlank() ? null : Integer.valueOf(nextStep), reason));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            model.addAttribute("problem", e.getMessage());
            return timeline(id, document, model);
        }
        return "redirect:/creditors/" + creditor.id() + "/dunning/documents/" + document + "?saved";
    }

    /** A timeline entry with its explanations told in the reader's language. */
    record TimelineLine(org.reskontro.dunning.TimelineEntry entry, List<String> feeSteps, List<String> interestSteps) {
    }

    private String page(Creditor creditor, DunningPolicy policy, String problem, Model model) {
        model.addAttribute("creditor", creditor);
        model.addAttribute("policy", policy);
        model.addAttribute("stepTypes", StepType.values());
        model.addAttribute("delayFroms", DelayFrom.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("preview", dunning.preview(creditor.id(), PREVIEW_DAYS));
        var actions = dunning.nextActions(creditor.id(), LIST);
        model.addAttribute("actions", actions);
        var debtors = new java.util.TreeMap<String, String>();
        actions.forEach(a -> debtors.put(a.debtorName() == null ? a.debtor() : a.debtorName(), a.debtor()));
        model.addAttribute("debtors", debtors);
        model.addAttribute("letters", dunning.letters(creditor.id(), 50));
        model.addAttribute("problem", problem);
        model.addAttribute("outstanding", dunning.outstandingList(creditor.id()).orElse(null));
        model.addAttribute("weekdays", java.time.DayOfWeek.values());
        return "dunning";
    }

    /** The form has one row per step (type_0, delay_0, …) plus one empty row for a new step; rows without a type are dropped. */
    private static DunningPolicy draft(Creditor creditor, MultiValueMap<String, String> form) {
        List<DunningStep> steps = new ArrayList<>();
        for (int i = 0; form.containsKey("type_" + i); i++) {
            String type = form.getFirst("type_" + i);
            if (type == null || type.isBlank()) {
                continue;
            }
            steps.add(new DunningStep(StepType.valueOf(type), number(form, "delay_" + i), DelayFrom.valueOf(form.getFirst("from_" + i)),
                    number(form, "deadline_" + i), Channel.valueOf(form.getFirst("channel_" + i)), checked(form, "fee_" + i),
                    checked(form, "interest_" + i), checked(form, "approval_" + i), checked(form, "attach_" + i),
                    number(form, "repeat_" + i), 0));
        }
        String minimum = form.getFirst("minimumAmount");
        BigDecimal amount;
        try {
            amount = new BigDecimal(minimum == null ? "0" : minimum.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The minimum amount must be a number (got '" + minimum + "')");
        }
        return new DunningPolicy(UUID.randomUUID(), 1, form.getFirst("name"), creditor.country(),
                new Money(amount, creditor.currency()), checked(form, "reminderFeeAgreed"), steps);
    }

    private static int number(MultiValueMap<String, String> form, String key) {
        String value = form.getFirst(key);
        try {
            return value == null || value.isBlank() ? 0 : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not a whole number of days");
        }
    }

    private static boolean checked(MultiValueMap<String, String> form, String key) {
        return form.containsKey(key);
    }
}
