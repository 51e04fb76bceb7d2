package org.reskontro.simulator.dinero;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An invoice or credit note as the simulator holds it: a draft until booked (then it gets its number), totals
 * positive for both kinds, payments in the voucher's currency. The status is derived, as Dinero derives it:
 * Paid and OverPaid from the payments, Overdue when a booked invoice's payment date has passed. {@code version}
 * moves with every change; as the hex {@link #timestamp()} it is what Dinero's writes must quote (optimistic
 * concurrency), and {@code creditNoteFor} names the invoice a credit note is based on.
 */
public record DineroDocument(UUID guid, DineroDocumentKind kind, long number, UUID contactGuid, String contactName,
        LocalDate date, LocalDate paymentDate, String currency, BigDecimal exchangeRate, String description,
        BigDecimal totalExclVat, BigDecimal totalInclVat, List<DineroPayment> payments, Instant createdAt,
        Instant updatedAt, Instant bookedAt, Instant deletedAt, List<DineroLine> lines, String externalReference,
        UUID creditNoteFor, String language, long version) {

    public DineroDocument {
        payments = List.copyOf(payments);
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
                exchangeRate, description, totalExclVat, totalInclVat, payments, createdAt, at, at, deletedAt, lines,
                externalReference, creditNoteFor, language, version);
    }

    DineroDocument atVersion(long newVersion) {
        return new DineroDocument(guid, kind, number, contactGuid, contactName, date, paymentDate, currency,
                exchangeRate, description, totalExclVat, totalInclVat, payments, createdAt, updatedAt, bookedAt,
                deletedAt, lines, externalReference, creditNoteFor, language, newVersion);
    }

    DineroDocument withPayment(DineroPayment payment) {
        List<DineroPayment> more = new ArrayList<>(payments);
        more.add(payment);
        return withPayments(more, payment.registeredAt());
    }

    DineroDocument withPayments(List<DineroPayment> newPayments, Instant at) {
        return new DineroDocument(guid, kind, number, contactGuid, contactName, date, paymentDate, currency,
                exchangeRate, description, totalExclVat, totalInclVat, newPayments, createdAt, later(at), bookedAt,
                deletedAt, lines, externalReference, creditNoteFor, language, version);
    }

    DineroDocument deletedAt(Instant at) {
        return new DineroDocument(guid, kind, number, contactGuid, contactName, date, paymentDate, currency,
                exchangeRate, description, totalExclVat, totalInclVat, payments, createdAt, later(at), bookedAt, at,
                lines, externalReference, creditNoteFor, language, version);
    }

    private Instant later(Instant at) {
        return at.isAfter(updatedAt) ? at : updatedAt;
    }
}
