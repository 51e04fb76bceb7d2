package org.reskontro.ledger.persistence;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.reskontro.ledger.SyncRunId;
import org.reskontro.ledger.spi.DocumentBalance;
import org.reskontro.shared.DocumentKind;
import org.reskontro.ledger.spi.ErpCustomer;
import org.reskontro.ledger.spi.ErpDocument;
import org.reskontro.ledger.spi.ErpPayment;
import org.reskontro.ledger.sync.ChangeSet;
import org.reskontro.shared.CreditorId;
import org.reskontro.shared.FollowUpRestriction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Applies a change set to the mirror. Documents and payments are only ever inserted; a change in the accounting
 * system becomes a new revision, a payment that disappeared becomes a reversing payment (S-SYNC-8, I3).
 * Callers run this inside one transaction.
 */
@Repository
public class MirrorWriter {

    private final JdbcTemplate jdbc;
    private final MirrorReads reads;

    MirrorWriter(JdbcTemplate jdbc, MirrorReads reads) {
        this.jdbc = jdbc;
        this.reads = reads;
    }

    /** Returns the number of rows that changed the mirror's state. */
    public int apply(CreditorId creditor, SyncRunId run, ChangeSet changes, Instant at) {
        Timestamp now = Timestamp.from(at);
        upsertCustomers(creditor, changes.customers(), now);
        Rows rows = new Rows();
        for (ChangeSet.Transfer transfer : changes.transfers()) {
            UUID documentId = UUID.randomUUID();
            ErpDocument doc = transfer.document();
            rows.documents.add(new Object[] {creditor.value(), documentId, doc.kind().name(), doc.externalId(),
                    doc.number(), doc.customerExternalId(), doc.issueDate(), doc.dueDate(),
                    doc.totalInclVat().currency().getCurrencyCode(), doc.totalInclVat().amount(),
                    doc.totalExclVat().amount(), now, run.value()});
            rows.revision(creditor, documentId, 1, doc, transfer.balance(), run, now);
            rows.openItemInsert(creditor, documentId, 1, doc, transfer.balance());
            transfer.balance().payments().forEach(p -> rows.payment(creditor, documentId, p, run, now));
        }
        Map<UUID, List<KnownPayment>> livePayments = livePaymentsByDocument(creditor, changes.revisions());
        for (ChangeSet.Revision revision : changes.revisions()) {
            UUID documentId = revision.known().id();
            int next = revision.known().revision() + 1;
            rows.revision(creditor, documentId, next, revision.document(), revision.balance(), run, now);
            rows.openItemUpdate(creditor, documentId, next, revision.document(), revision.balance());
            List<ErpPayment> stated = revision.balance() == null ? List.of() : revision.balance().payments();
            Set<String> statedIds = new HashSet<>();
            Set<String> liveIds = new HashSet<>();
            livePayments.getOrDefault(documentId, List.of()).forEach(live -> liveIds.add(live.externalId()));
            for (ErpPayment payment : stated) {
                statedIds.add(payment.externalId());
                if (!liveIds.contains(payment.externalId())) {
                    rows.payment(creditor, documentId, payment, run, now);
                }
            }
            for (KnownPayment gone : livePayments.getOrDefault(documentId, List.of())) {
                if (!statedIds.contains(gone.externalId())) {
                    rows.reversal(creditor, documentId, gone, revision.document(), run, now);
                }
            }
        }
        return changes.customers().size() + rows.write(jdbc);
    }

    private Map<UUID, List<KnownPayment>> livePaymentsByDocument(CreditorId creditor, List<ChangeSet.Revision> revisions) {
        Map<UUID, List<KnownPayment>> byDocument = new HashMap<>();
        List<UUID> ids = revisions.stream().map(r -> r.known().id()).toList();
        for (KnownPayment payment : reads.livePayments(creditor, ids)) {
            byDocument.computeIfAbsent(payment.documentId(), id -> new ArrayList<>()).add(payment);
        }
        return byDocument;
    }

    private void upsertCustomers(CreditorId creditor, List<ErpCustomer> customers, Timestamp now) {
        List<Object[]> args = customers.stream().map(c -> new Object[] {creditor.value(), UUID.randomUUID(),
                c.externalId(), c.name(), c.organisationNumber(), c.email(), c.phone(), c.street(), c.zipCode(),
                c.city(), c.country(), c.person(), c.version(), now, now,
                c.followUpRestrictions().contains(FollowUpRestriction.NO_REMINDERS),
                c.followUpRestrictions().contains(FollowUpRestriction.NO_LATE_FEES),
                c.followUpRestrictions().contains(FollowUpRestriction.NO_INTEREST),
                c.followUpRestrictions().contains(FollowUpRestriction.NO_DEBT_COLLECTION),
                c.followUpRestrictions().contains(FollowUpRestriction.NO_AUTOMATIC_NOTIFICATIONS)}).toList();
        jdbc.batchUpdate("""
                insert into ledger.customer (creditor_id, id, external_id, name, organisation_number, email, phone, street,
                    zip_code, city, country, is_person, erp_version, first_seen_at, updated_at, erp_no_reminders,
                    erp_no_late_fees, erp_no_interest, erp_no_debt_collection, erp_no_automatic_notifications)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (creditor_id, external_id) do update set name = excluded.name,
                    organisation_number = excluded.organisation_number, email = excluded.email, phone = excluded.phone,
                    street = excluded.street, zip_code = excluded.zip_code, city = excluded.city,
                    country = excluded.country, is_person = excluded.is_person, erp_version = excluded.erp_version,
                    updated_at = excluded.updated_at, erp_no_reminders = excluded.erp_no_reminders,
                    erp_no_late_fees = excluded.erp_no_late_fees, erp_no_interest = excluded.erp_no_interest,
                    erp_no_debt_collection = excluded.erp_no_debt_collection,
                    erp_no_automatic_notifications = excluded.erp_no_automatic_notifications""", args);
    }

    /** Signed open amount: what a credit note still gives back counts against the debtor. */
    static BigDecimal signedOpen(ErpDocument doc, DocumentBalance balance) {
        BigDecimal open = balance == null ? BigDecimal.ZERO : balance.open().amount();
        return doc.kind() == DocumentKind.CREDIT_NOTE ? open.negate() : open;
    }

    /** Batched rows, written table by table. */
    private static final class Rows {
        final List<Object[]> documents = new ArrayList<>();
        final List<Object[]> revisions = new ArrayList<>();
        final List<Object[]> openInserts = new ArrayList<>();
        final List<Object[]> openUpdates = new ArrayList<>();
        final List<Object[]> payments = new ArrayList<>();
        final List<Object[]> allocations = new ArrayList<>();

        void revision(CreditorId creditor, UUID documentId, int revision, ErpDocument doc, DocumentBalance balance,
                SyncRunId run, Timestamp now) {
            revisions.add(new Object[] {creditor.value(), documentId, revision, now, run.value(), doc.status().name(),
                    doc.version(), doc.totalInclVat().amount(), doc.dueDate(), signedOpen(doc, balance),
                    balance == null ? BigDecimal.ZERO : balance.paid().amount(), doc.deleted() || balance == null});
        }

        void openItemInsert(CreditorId creditor, UUID documentId, int revision, ErpDocument doc, DocumentBalance balance) {
            openInserts.add(new Object[] {creditor.value(), documentId, doc.kind().name(), doc.number(),
                    doc.customerExternalId(), doc.issueDate(), doc.dueDate(), doc.totalInclVat().currency().getCurrencyCode(),
                    doc.totalInclVat().amount(), signedOpen(doc, balance), doc.status().name(), doc.version(), revision});
        }

        void openItemUpdate(CreditorId creditor, UUID documentId, int revision, ErpDocument doc, DocumentBalance balance) {
            openUpdates.add(new Object[] {doc.dueDate(), doc.totalInclVat().amount(), signedOpen(doc, balance),
                    doc.deleted() ? "DELETED" : doc.status().name(), doc.version(), revision, creditor.value(), documentId});
        }

        void payment(CreditorId creditor, UUID documentId, ErpPayment payment, SyncRunId run, Timestamp now) {
            UUID id = UUID.nameUUIDFromBytes((creditor + "/" + payment.externalId()).getBytes());
            payments.add(new Object[] {creditor.value(), id, payment.externalId(), documentId, payment.date(),
                    payment.amount().amount(), payment.amount().currency().getCurrencyCode(), payment.description(),
                    null, now, run.value()});
            allocations.add(new Object[] {creditor.value(), id, documentId, payment.amount().amount()});
        }

        void reversal(CreditorId creditor, UUID documentId, KnownPayment gone, ErpDocument doc, SyncRunId run,
                Timestamp now) {
            UUID id = UUID.nameUUIDFromBytes((creditor + "/reversal/" + gone.id()).getBytes());
            payments.add(new Object[] {creditor.value(), id, gone.externalId() + "#reversed", documentId, null,
                    gone.amount().negate(), doc.totalInclVat().currency().getCurrencyCode(),
                    "Removed in the accounting system", gone.id(), now, run.value()});
            allocations.add(new Object[] {creditor.value(), id, documentId, gone.amount().negate()});
        }

        int write(JdbcTemplate jdbc) {
            jdbc.batchUpdate("""
                    insert into ledger.document (creditor_id, id, kind, external_id, number, customer_external_id, issue_date,
                        due_date, currency, total_incl_vat, total_excl_vat, transferred_at, transferred_in_run)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", documents);
            jdbc.batchUpdate("""
                    insert into ledger.document_revision (creditor_id, document_id, revision, observed_at, sync_run_id,
                        erp_status, erp_version, total_incl_vat, due_date, open_amount, paid_amount, deleted)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", revisions);
            jdbc.batchUpdate("""
                    insert into ledger.open_item (creditor_id, document_id, kind, number, customer_external_id, issue_date,
                        due_date, currency, total_incl_vat, open_amount, erp_status, erp_version, revision)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", openInserts);
            jdbc.batchUpdate("""
                    update ledger.open_item set due_date = ?, total_incl_vat = ?, open_amount = ?, erp_status = ?,
                        erp_version = ?, revision = ?
                    where creditor_id = ? and document_id = ?""", openUpdates);
            jdbc.batchUpdate("""
                    insert into ledger.payment (creditor_id, id, external_id, document_id, payment_date, amount, currency,
                        description, reverses, recorded_at, sync_run_id)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (creditor_id, external_id) do nothing""", payments);
            jdbc.batchUpdate("""
                    insert into ledger.allocation (creditor_id, payment_id, document_id, amount) values (?, ?, ?, ?)
                    on conflict do nothing""", allocations);
            // Counted here, not from the driver: with reWriteBatchedInserts it reports no per-row counts.
            return revisions.size() + payments.size(); // a revision per transferred or changed document, new payments
        }
    }
}
