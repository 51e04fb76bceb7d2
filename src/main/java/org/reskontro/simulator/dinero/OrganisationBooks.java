package org.reskontro.simulator.dinero;

import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One organisation's contacts and sales vouchers. Guids come from a per-organisation sequence, so the same
 * mutations give the same guids on every run (a restarted demo keeps its ids). Every change states its time.
 */
final class OrganisationBooks {

    private final int organisationId;
    private final String name;
    private final Map<UUID, DineroContact> contacts = new LinkedHashMap<>();
    private final Map<UUID, DineroDocument> documents = new LinkedHashMap<>();
    private final Map<DineroDocumentKind, Long> lastNumbers = new EnumMap<>(DineroDocumentKind.class);
    private final ListSnapshots snapshots = new ListSnapshots();
    private long guidSequence;
    /** Moves with every change, so a list computed for one version is never served for another. */
    private long version;

    OrganisationBooks(int organisationId, String name) {
        this.organisationId = organisationId;
        this.name = name;
    }

    int organisationId() {
        return organisationId;
    }

    String name() {
        return name;
    }

    synchronized UUID addContact(NewContact c, Instant at) {
        version++;
        UUID guid = nextGuid("contact");
        contacts.put(guid, new DineroContact(guid, c.name(), c.person(), c.vatNumber(), c.street(), c.zipCode(),
                c.city(), c.countryKey(), c.email(), c.phone(), c.paymentDays(), c.debitor(), c.creditor(), at, at,
                null));
        return guid;
    }

    synchronized void deleteContact(UUID guid, Instant at) {
        version++;
        contacts.put(guid, liveContact(guid).deletedAt(at));
    }

    synchronized UUID addInvoice(NewInvoice invoice, Instant at) {
        DineroContact contact = liveContact(invoice.contactGuid());
        int days = invoice.paymentDays() != null ? invoice.paymentDays() : contact.paymentDays();
        return addDraft(DineroDocumentKind.INVOICE, contact, invoice.date(), invoice.date().plusDays(days),
                invoice.currency(), invoice.description(), invoice.lines(), at);
    }

    synchronized UUID addCreditNote(NewCreditNote note, Instant at) {
        return addDraft(DineroDocumentKind.CREDIT_NOTE, liveContact(note.contactGuid()), note.date(), null,
                note.currency(), note.description(), note.lines(), at);
    }

    private UUID addDraft(DineroDocumentKind kind, DineroContact contact, LocalDate date,
            LocalDate paymentDate, String currency, String description, List<DineroLine> lines,
            Instant at) {
        version++;
        UUID guid = nextGuid(kind.name());
        documents.put(guid, new DineroDocument(guid, kind, 0, contact.guid(), contact.name(), date, paymentDate,
                currency, ExchangeRates.dkkPer100(currency), description == null ? kind.wireName() : description,
                DineroLine.totalExclVat(lines), DineroLine.totalInclVat(lines), List.of(), at, at, null, null));
        return guid;
    }

    synchronized long book(UUID guid, Instant at) {
        DineroDocument document = liveDocument(guid);
        if (document.booked()) {
            throw new IllegalStateException(document.kind().wireName() + " " + guid + " is already booked");
        }
        version++;
        long number = lastNumbers.merge(document.kind(), 1L, Long::sum);
        documents.put(guid, document.bookedAs(number, at));
        return number;
    }

    synchronized UUID registerPayment(UUID documentGuid, NewPayment payment, Instant at) {
        DineroDocument document = liveDocument(documentGuid);
        if (!document.booked()) {
            throw new IllegalStateException("Payments can only be added to a booked voucher; " + documentGuid
                    + " is a draft");
        }
        version++;
        UUID guid = nextGuid("payment");
        documents.put(documentGuid, document.withPayment(new DineroPayment(guid, payment.date(),
                payment.amount().setScale(2, RoundingMode.HALF_UP), payment.description(), at)));
        return guid;
    }

    synchronized void deletePayment(UUID documentGuid, UUID paymentGuid, Instant at) {
        DineroDocument document = liveDocument(documentGuid);
        List<DineroPayment> remaining = new ArrayList<>(document.payments());
        if (!remaining.removeIf(payment -> payment.guid().equals(paymentGuid))) {
            throw new IllegalArgumentException("Voucher " + documentGuid + " has no payment " + paymentGuid);
        }
        version++;
        documents.put(documentGuid, document.withPayments(remaining, at));
    }

    /** Dinero says a booked voucher "should not" be deleted (credit it instead), but does not forbid it. */
    synchronized void deleteDocument(UUID guid, Instant at) {
        version++;
        documents.put(guid, liveDocument(guid).deletedAt(at));
    }

    /**
     * The items a list query matches, in the order it asks for: computed once per query and version of the books,
     * then served from memory while a client pages through it, so paging through N items costs O(N log N) once
     * instead of once per page. {@code query} identifies the request without its paging parameters.
     */
    synchronized <T> List<T> matching(String query, LocalDate today, java.util.function.Supplier<List<T>> compute) {
        return snapshots.get(new ListSnapshots.Key(query, version, today), compute);
    }

    synchronized List<DineroContact> contacts() {
        return List.copyOf(contacts.values());
    }

    synchronized List<DineroDocument> documents() {
        return List.copyOf(documents.values());
    }

    synchronized Optional<DineroDocument> document(UUID guid) {
        return Optional.ofNullable(documents.get(guid));
    }

    synchronized Optional<DineroContact> contact(UUID guid) {
        return Optional.ofNullable(contacts.get(guid));
    }

    private DineroContact liveContact(UUID guid) {
        DineroContact contact = contacts.get(guid);
        if (contact == null || contact.deleted()) {
            throw new IllegalArgumentException("Organisation " + organisationId + " has no contact " + guid);
        }
        return contact;
    }

    private DineroDocument liveDocument(UUID guid) {
        DineroDocument document = documents.get(guid);
        if (document == null || document.deleted()) {
            throw new IllegalArgumentException("Organisation " + organisationId + " has no voucher " + guid);
        }
        return document;
    }

    private UUID nextGuid(String what) {
        guidSequence++;
        return UUID.nameUUIDFromBytes(("dinero-simulator/" + organisationId + "/" + what + "/" + guidSequence)
                .getBytes(StandardCharsets.UTF_8));
    }
}
