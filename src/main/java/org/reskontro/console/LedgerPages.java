package org.reskontro.console;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.reskontro.creditors.ConnectionSettings;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.creditors.InvalidCreditorException;
import org.reskontro.ledger.Documents;
import org.reskontro.ledger.Ledger;
import org.reskontro.ledger.SyncRun;
import org.reskontro.ledger.SyncRunId;
import org.reskontro.platform.security.CurrentOperator;
import org.reskontro.scheduling.SyncJobs;
import org.reskontro.shared.AccountingSystemKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** One creditor: overview with aging and debtors, its connection, syncs, and one debtor's open items. */
@Controller
class LedgerPages {

    private final Creditors creditors;
    private final Ledger ledger;
    private final SyncJobs jobs;
    private final Clock clock;
    private final Documents documents;

    LedgerPages(Creditors creditors, Ledger ledger, SyncJobs jobs, Clock clock, Documents documents) {
        this.creditors = creditors;
        this.ledger = ledger;
        this.jobs = jobs;
        this.clock = clock;
        this.documents = documents;
    }

    @GetMapping("/creditors/{id}")
    String overview(@PathVariable String id, Model model) {
        Creditor creditor = CreditorPages.visible(creditors, id);
        model.addAttribute("creditor", creditor);
        model.addAttribute("aging", AgingChart.of(ledger.aging(creditor.id(), creditor.timeZone())));
        model.addAttribute("debtors", ledger.debtorBalances(creditor.id(), creditor.timeZone(), 200));
        model.addAttribute("run", latest(creditor));
        model.addAttribute("reconciliation", ledger.reconciliation(creditor.id(), null).orElse(null));
        return "creditor";
    }

    @PostMapping("/creditors/{id}/sync")
    String syncNow(@PathVariable String id, @RequestParam(defaultValue = "false") boolean fullSweep, Model model) {
        Creditor creditor = CreditorPages.visible(creditors, id);
        String trigger = "console:" + CurrentOperator.get().username();
        if (fullSweep) {
            jobs.fullSweepNow(creditor.id(), trigger);
        } else {
            jobs.syncNow(creditor.id(), trigger);
        }
        model.addAttribute("creditor", creditor);
        model.addAttribute("run", latest(creditor));
        return "fragments :: sync-status";
    }

    /** Polled by htmx while a run is active; when it ends, the page reloads to show the new mirror. */
    @GetMapping("/creditors/{id}/sync-status")
    String syncStatus(@PathVariable String id, Model model, jakarta.servlet.http.HttpServletResponse response) {
        Creditor creditor = CreditorPages.visible(creditors, id);
        SyncRun run = latest(creditor);
        if (run != null && !run.active()) {
            response.setHeader("HX-Refresh", "true"); // the run ended: reload so the page shows the new mirror
        }
        model.addAttribute("creditor", creditor);
        model.addAttribute("run", run);
        model.addAttribute("reconciliation", ledger.reconciliation(creditor.id(), null).orElse(null));
        return "fragments :: sync-status";
    }

    @PostMapping("/creditors/{id}/debtors/{debtor}/follow-up")
    String followUp(@PathVariable String id, @PathVariable String debtor, @RequestParam boolean followUp) {
        Creditor creditor = CreditorPages.visible(creditors, id);
        ledger.setFollowUp(creditor.id(), debtor, followUp);
        return "redirect:/creditors/" + creditor.id() + "#debtors";
    }

    @GetMapping("/creditors/{id}/reconciliation")
    String reconciliation(@PathVariable String id, @RequestParam(required = false) String run, Model model) {
        Creditor creditor = CreditorPages.visible(creditors, id);
        SyncRunId runId = null;
        if (run != null) {
            try {
                runId = SyncRunId.of(run);
            } catch (IllegalArgumentException e) {
                throw new org.reskontro.platform.security.CreditorNotVisibleException(creditor.id());
            }
        }
        model.addAttribute("creditor", creditor);
        model.addAttribute("report", ledger.reconciliation(creditor.id(), runId).orElse(null));
        return "reconciliation";
    }

    @GetMapping("/creditors/{id}/syncs")
    String syncs(@PathVariable String id, Model model) {
        Creditor creditor = CreditorPages.visible(creditors, id);
        model.addAttribute("creditor", creditor);
        model.addAttribute("runs", ledger.recentSyncs(creditor.id(), 50));
        return "syncs";
    }

    @GetMapping("/creditors/{id}/debtors/{debtor}")
    String debtor(@PathVariable String id, @PathVariable String debtor, Model model) {
        Creditor creditor = CreditorPages.visible(creditors, id);
        model.addAttribute("creditor", creditor);
        model.addAttribute("debtorId", debtor);
        var items = ledger.openItems(creditor.id(), debtor, 1000);
        model.addAttribute("items", items);
        model.addAttribute("pdfs", documents.withPdf(creditor.id(), items.stream().map(i -> i.documentId()).toList()));
        model.addAttribute("today", LocalDate.ofInstant(clock.instant(), creditor.timeZone()));
        return "debtor";
    }

    @GetMapping("/creditors/{id}/connection")
    String connection(@PathVariable String id, Model model) {
        Creditor creditor = CreditorPages.visible(creditors, id);
        model.addAttribute("creditor", creditor);
        model.addAttribute("systems", AccountingSystemKind.values());
        return "connection";
    }

    @PostMapping("/creditors/{id}/connection")
    String saveConnection(@PathVariable String id, @RequestParam String system,
            @RequestParam(required = false) String apiBaseUrl, @RequestParam(required = false) String tokenUrl,
            @RequestParam(required = false) String organisationId, @RequestParam Map<String, String> form, Model model) {
        Creditor creditor = CreditorPages.visible(creditors, id);
        AccountingSystemKind kind = AccountingSystemKind.valueOf(system);
        Map<String, String> credentials = new java.util.HashMap<>();
        kind.credentialNames().forEach(name -> Optional.ofNullable(form.get("credential." + name))
                .ifPresent(value -> credentials.put(name, value)));
        try {
            creditors.connect(creditor.id(), new ConnectionSettings(kind, apiBaseUrl, tokenUrl, organisationId, credentials));
            return "redirect:/creditors/" + creditor.id();
        } catch (InvalidCreditorException e) {
            model.addAttribute("creditor", creditor);
            model.addAttribute("systems", AccountingSystemKind.values());
            model.addAttribute("errors", e.problems());
            return "connection";
        }
    }

    private SyncRun latest(Creditor creditor) {
        return ledger.recentSyncs(creditor.id(), 1).stream().findFirst().orElse(null);
    }
}
