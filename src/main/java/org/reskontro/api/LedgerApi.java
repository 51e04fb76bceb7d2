package org.reskontro.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.reskontro.api.ApiModels.AgingView;
import org.reskontro.api.ApiModels.DebtorView;
import org.reskontro.api.ApiModels.OpenItemView;
import org.reskontro.api.ApiModels.ReconciliationView;
import org.reskontro.api.ApiModels.SyncRunView;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.ledger.Ledger;
import org.reskontro.ledger.SyncRunId;
import org.reskontro.platform.security.CurrentOperator;
import org.reskontro.scheduling.SyncJobs;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Ledger", description = "Syncs with the accounting system, and the mirrored open items")
@RestController
@RequestMapping("/api/v1/creditors/{creditorId}")
class LedgerApi {

    private static final int MAX_ROWS = 10_000;

    private final Creditors creditors;
    private final Ledger ledger;
    private final SyncJobs jobs;

    LedgerApi(Creditors creditors, Ledger ledger, SyncJobs jobs) {
        this.creditors = creditors;
        this.ledger = ledger;
        this.jobs = jobs;
    }

    @Operation(summary = "Start a sync now (or get the one already queued or running); poll the returned run. "
            + "fullSweep=true lists and compares every document instead of only the changes since the last sync")
    @PostMapping("/syncs")
    ResponseEntity<SyncRunView> syncNow(@PathVariable String creditorId,
            @RequestParam(defaultValue = "false") boolean fullSweep) {
        Creditor creditor = visible(creditorId);
        String trigger = "api:" + CurrentOperator.get().username();
        SyncRunId run = fullSweep ? jobs.fullSweepNow(creditor.id(), trigger) : jobs.syncNow(creditor.id(), trigger);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .header("Location", "/api/v1/creditors/" + creditor.id() + "/syncs/" + run)
                .body(SyncRunView.of(ledger.syncRun(creditor.id(), run).orElseThrow()));
    }

    @Operation(summary = "Recent sync runs, newest first")
    @GetMapping("/syncs")
    List<SyncRunView> syncs(@PathVariable String creditorId, @RequestParam(defaultValue = "20") int limit) {
        Creditor creditor = visible(creditorId);
        return ledger.recentSyncs(creditor.id(), Math.min(Math.max(limit, 1), 200)).stream().map(SyncRunView::of).toList();
    }

    @Operation(summary = "One sync run: status, progress, counts, error")
    @GetMapping("/syncs/{runId}")
    SyncRunView sync(@PathVariable String creditorId, @PathVariable String runId) {
        Creditor creditor = visible(creditorId);
        return ledger.syncRun(creditor.id(), ApiIds.run(runId)).map(SyncRunView::of)
                .orElseThrow(() -> new ApiIds.NotFoundException("No sync run " + runId));
    }

    @Operation(summary = "The reconciliation report of one sync: every checked document agrees, or is listed with the reason")
    @GetMapping("/syncs/{runId}/reconciliation")
    ReconciliationView reconciliation(@PathVariable String creditorId, @PathVariable String runId) {
        Creditor creditor = visible(creditorId);
        return ledger.reconciliation(creditor.id(), ApiIds.run(runId)).map(ReconciliationView::of)
                .orElseThrow(() -> new ApiIds.NotFoundException("No reconciliation for sync run " + runId));
    }

    @Operation(summary = "The latest reconciliation report")
    @GetMapping("/reconciliation")
    ReconciliationView latestReconciliation(@PathVariable String creditorId) {
        Creditor creditor = visible(creditorId);
        return ledger.reconciliation(creditor.id(), null).map(ReconciliationView::of)
                .orElseThrow(() -> new ApiIds.NotFoundException("No sync has reconciled yet"));
    }

    @Operation(summary = "Open items (invoices and credit notes with an open amount), optionally of one debtor")
    @GetMapping("/open-items")
    List<OpenItemView> openItems(@PathVariable String creditorId, @RequestParam(required = false) String debtor,
            @RequestParam(defaultValue = "1000") int limit) {
        Creditor creditor = visible(creditorId);
        return ledger.openItems(creditor.id(), debtor, Math.min(Math.max(limit, 1), MAX_ROWS)).stream()
                .map(OpenItemView::of).toList();
    }

    @Operation(summary = "Open balance per debtor and currency, most overdue first")
    @GetMapping("/debtors")
    List<DebtorView> debtors(@PathVariable String creditorId, @RequestParam(defaultValue = "1000") int limit) {
        Creditor creditor = visible(creditorId);
        return ledger.debtorBalances(creditor.id(), creditor.timeZone(), Math.min(Math.max(limit, 1), MAX_ROWS)).stream()
                .map(DebtorView::of).toList();
    }

    @Operation(summary = "Switch follow-up (reminders, dunning, collection) on or off for one debtor (S-SYNC-10)")
    @org.springframework.web.bind.annotation.PutMapping("/debtors/{debtorId}/follow-up")
    ResponseEntity<Void> followUp(@PathVariable String creditorId, @PathVariable String debtorId,
            @org.springframework.web.bind.annotation.RequestBody ApiModels.FollowUpInput input) {
        Creditor creditor = visible(creditorId);
        if (input == null || input.followUp() == null) {
            throw new IllegalArgumentException("Send {\"followUp\": true} or {\"followUp\": false}");
        }
        if (!ledger.setFollowUp(creditor.id(), debtorId, input.followUp())) {
            throw new ApiIds.NotFoundException("No debtor " + debtorId);
        }
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Aging: open amounts not due, 1–30, 31–60, 61–90 and over 90 days past due, per currency")
    @GetMapping("/aging")
    AgingView aging(@PathVariable String creditorId) {
        Creditor creditor = visible(creditorId);
        return AgingView.of(ledger.aging(creditor.id(), creditor.timeZone()));
    }

    private Creditor visible(String creditorId) {
        return ApiIds.visibleCreditor(creditors, creditorId);
    }
}
