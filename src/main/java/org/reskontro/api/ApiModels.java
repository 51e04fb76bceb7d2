package org.reskontro.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.reskontro.creditors.ConnectionSummary;
import org.reskontro.creditors.Creditor;
import org.reskontro.ledger.AgingReport;
import org.reskontro.ledger.DebtorBalance;
import org.reskontro.ledger.OpenItem;
import org.reskontro.ledger.SyncRun;
import org.reskontro.shared.Money;

/** The API's JSON shapes: stable, flat, ids as strings; domain types are mapped, never exposed. */
final class ApiModels {

    private ApiModels() {
    }

    record Amount(BigDecimal amount, String currency) {
        static Amount of(Money money) {
            return new Amount(money.rounded().amount(), money.currency().getCurrencyCode());
        }
    }

    record CreditorInput(String name, String country, String organisationNumber, String currency, String timeZone,
            LocalDate startDate, ConnectionInput connection) {
    }

    record ConnectionInput(String system, String apiBaseUrl, String tokenUrl, String organisationId,
            Map<String, String> credentials) {
    }

    record ConnectionView(String system, String apiBaseUrl, String tokenUrl, String organisationId,
            List<String> credentialsSet, Instant updatedAt) {
        static ConnectionView of(ConnectionSummary c) {
            return c == null ? null : new ConnectionView(c.system().name(), c.apiBaseUrl().toString(),
                    c.tokenUrl().toString(), c.organisationId(), c.credentialsSet().stream().sorted().toList(), c.updatedAt());
        }
    }

    record CreditorView(String id, String name, String country, String organisationNumber, String currency,
            String timeZone, LocalDate startDate, Instant createdAt, List<java.time.LocalTime> cycleTimes,
            ConnectionView connection) {
        static CreditorView of(Creditor c) {
            return new CreditorView(c.id().toString(), c.name(), c.country().name(), c.organisationNumber().value(),
                    c.currency().getCurrencyCode(), c.timeZone().getId(), c.startDate(), c.createdAt(), c.cycleTimes(),
                    ConnectionView.of(c.connection()));
        }
    }

    record SyncRunView(String id, String trigger, String status, String mode, String phase, int percent, Instant queuedAt,
            Instant startedAt, Instant finishedAt, Long durationMillis, int customersSeen, int documentsSeen,
            int documentsToDetail, int documentsDetailed, int httpRequests, int changesApplied, String errorCategory,
            String errorMessage, String notes) {
        static SyncRunView of(SyncRun r) {
            return new SyncRunView(r.id().toString(), r.trigger(), r.status().name(), r.mode(), r.phase(), r.percent(),
                    r.queuedAt(), r.startedAt(), r.finishedAt(), r.duration() == null ? null : r.duration().toMillis(),
                    r.customersSeen(), r.documentsSeen(), r.documentsToDetail(), r.documentsDetailed(), r.httpRequests(),
                    r.changesApplied(), r.errorCategory(), r.errorMessage(), r.notes());
        }
    }

    record OpenItemView(UUID documentId, String kind, Long number, String debtorId, String debtorName,
            LocalDate issueDate, LocalDate dueDate, Amount total, Amount open, String erpStatus) {
        static OpenItemView of(OpenItem i) {
            return new OpenItemView(i.documentId(), i.kind().name(), i.number(), i.debtorExternalId(), i.debtorName(),
                    i.issueDate(), i.dueDate(), Amount.of(i.total()), Amount.of(i.open()), i.erpStatus());
        }
    }

    /** {@code erpRestrictions}: what the accounting system's customer card forbids (NO_REMINDERS, NO_DEBT_COLLECTION …). */
    record DebtorView(String debtorId, String name, String organisationNumber, int openItems, Amount open,
            Amount overdue, LocalDate oldestDueDate, boolean followUp, List<String> erpRestrictions) {
        static DebtorView of(DebtorBalance b) {
            return new DebtorView(b.debtorExternalId(), b.name(), b.organisationNumber(), b.openItems(),
                    Amount.of(b.open()), Amount.of(b.overdue()), b.oldestDueDate(), b.followUp(),
                    b.erpRestrictionList().stream().map(Enum::name).toList());
        }
    }

    record FollowUpInput(Boolean followUp) {
    }

    record AgingView(LocalDate asOf, List<String> buckets, List<AgingRowView> rows) {
        static AgingView of(AgingReport report) {
            return new AgingView(report.asOf(), java.util.Arrays.stream(AgingReport.Bucket.values())
                    .map(AgingReport.Bucket::label).toList(),
                    report.rows().stream().map(AgingRowView::of).toList());
        }
    }

    record AgingRowView(String currency, List<BigDecimal> amounts, List<Integer> counts, BigDecimal total) {
        static AgingRowView of(AgingReport.Row row) {
            return new AgingRowView(row.currency(), row.amounts().stream().map(m -> m.rounded().amount()).toList(),
                    row.counts(), row.total().rounded().amount());
        }
    }

    record ReconciliationView(String syncRunId, String scope, Instant createdAt, boolean clean, int documentsChecked,
            int documentsAgreeing, List<DiscrepancyView> discrepancies) {
        static ReconciliationView of(org.reskontro.ledger.ReconciliationReport r) {
            return new ReconciliationView(r.run().toString(), r.scope(), r.createdAt(), r.clean(), r.documentsChecked(),
                    r.documentsAgreeing(), r.discrepancies().stream().map(DiscrepancyView::of).toList());
        }
    }

    record DiscrepancyView(String externalId, UUID documentId, Long number, String currency, BigDecimal mirrorOpen,
            BigDecimal erpOpen, BigDecimal difference, String reasonCode, String reason) {
        static DiscrepancyView of(org.reskontro.ledger.ReconciliationReport.Discrepancy d) {
            return new DiscrepancyView(d.externalId(), d.documentId(), d.number(), d.currency(), d.mirrorOpen(),
                    d.erpOpen(), d.difference(), d.reasonCode(), d.reason());
        }
    }

    record TokenInput(String name) {
    }

    record IssuedToken(UUID id, String name, String token) {
    }
}
