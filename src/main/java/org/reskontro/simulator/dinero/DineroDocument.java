package org.reskontro.simulator.dinero;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An invoice or credit note as the simulator holds it: a draft until booked (then it gets its number), totals
 * positive for both kinds, payments in the voucher's currency. The status is derived, as Dinero derives it:
 * Paid and OverPaid from the payments, Overdue when a booked invoice's payment date has passed. {@code version}
 * moves with every change; as the hex {@link #timestamp()} it is what Dinero's writes must quote (optimistic
 * concurrency), and {@code creditNoteFor} names the invoice a credit note is based on. {@code payments} are the
 * payments that stand, the only ones that count anywhere; {@code deletedPayments} are those deleted since, in the order
 * they were deleted, kept because the books are append-only (their entries and the reversals stay in the ledger).
 */
public record DineroDocument(UUID guid, DineroDocumentKind kind, long number, UUID contactGuid, String contactName,
        LocalDate date, LocalDate paymentDate, String currency, BigDecimal exchangeRate, String description,
        BigDecimal totalExclVat, BigDecimal totalInclVat, List<DineroPayment> payments,
        List<DineroPayment> deletedPayments, Instant createdAt,
        Instant updatedAt, Instant bookedAt, Instant deletedAt, List<DineroLine> lines, String externalReference,
        UUID creditNoteFor, String language, long version) {

    public DineroDocument {
        payments = List.copyOf(payments);
        deletedPayments = List.copyOf(deletedPayments);
        lines = List.copyOf(lines);
    }

    /** The version as Dinero spells its TimeStamp: 16 hex digits, e.g. 00000000020A5EA8. */
    public String timestamp() {
        return "%016X".formatted(version);
    }

    public boolean booked() {
        return bookedAt != null;
    }

    public boolean deleted() {
        return deletedAt != null;
    }

    public BigDecimal paidAmount() {
        return payments.stream().map(DineroPayment::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
    }

    /** Total minus payments; negative when overpaid. */
    public BigDecimal remainingAmount() {
        return totalInclVat.subtract(paidAmount());
    }

    public DineroStatus status(LocalDate today) {
        if (!booked()) {
            return DineroStatus.DRAFT;
        }
        int paid = paidAmount().compareTo(totalInclVat);
        if (paid > 0) {
            return DineroStatus.OVERPAID;
        }
        if (paid == 0) {
            return DineroStatus.PAID;
        }
        return paymentDate != null && paymentDate.isBefore(today) ? DineroStatus.OVERDUE : DineroStatus.BOOKED;
    }

    /** The latest of created, updated and deleted: what {@code changesSince} compares against. */
    public Instant changedAt() {
        return deletedAt != null && deletedAt.isAfter(updatedAt) ? deletedAt : updatedAt;
    }

    public BigDecimal totalInclVatInDkk() {
        return inDkk(totalInclVat);
    }

    public BigDecimal totalExclVatInDkk() {
        return inDkk(totalExclVat);
    }

    private BigDecimal inDkk(BigDecimal amount) {
        return amount.multiply(exchangeRate).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
    }

    DineroDocument bookedAs(long newNumber, Instant at) {
        return new DineroDocument(guid, kind, newNumber, contactGuid, contactName, date, paymentDate, currency,
                exchangeRate, description, totalExclVat, totalInclVat, payments, deletedPayments, createdAt, at, at,
                deletedAt, lines, externalReference, creditNoteFor, language, version);
    }

    DineroDocument atVersion(long newVersion) {
        return new DineroDocument(guid, kind, number, contactGuid, contactName, date, paymentDate, currency,
                exchangeRate, description, totalExclVat, totalInclVat, payments, deletedPayments, createdAt, updatedAt,
                bookedAt, deletedAt, lines, externalReference, creditNoteFor, language, newVersion);
    }

    DineroDocument withPayment(DineroPayment payment) {
        List<DineroPayment> more = new ArrayList<>(payments);
        more.add(payment);
        return withPayments(more, deletedPayments, payment.registeredAt());
    }

    /** The payment no longer counts, but stays on the voucher as deleted at {@code at}; empty if it has no such one. */
    Optional<DineroDocument> withoutPayment(UUID paymentGuid, Instant at) {
        List<DineroPayment> standing = new ArrayList<>(payments);
        Optional<DineroPayment> gone = payments.stream().filter(p -> p.guid().equals(paymentGuid)).findFirst();
        if (gone.isEmpty()) {
            return Optional.empty();
        }
        standing.remove(gone.get());
        List<DineroPayment> deleted = new ArrayList<>(deletedPayments);
        deleted.add(gone.get().deletedAt(at));
        return Optional.of(withPayments(standing, deleted, at));
    }

    private DineroDocument withPayments(List<DineroPayment> newPayments, List<DineroPayment> newDeleted, Instant at) {
        return new DineroDocument(guid, kind, number, contactGuid, contactName, date, paymentDate, currency,
                exchangeRate, description, totalExclVat, totalInclVat, newPayments, newDeleted, createdAt, later(at),
                bookedAt, deletedAt, lines, externalReference, creditNoteFor, language, version);
    }

    DineroDocument deletedAt(Instant at) {
        return new DineroDocument(guid, kind, number, contactGuid, contactName, date, paymentDate, currency,
                exchangeRate, description, totalExclVat, totalInclVat, payments, deletedPayments, createdAt, later(at),
                bookedAt, at, lines, externalReference, creditNoteFor, language, version);
    }

    private Instant later(Instant at) {
        return at.isAfter(updatedAt) ? at : updatedAt;
    }
}
