package org.reskontro.simulator.dinero;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
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
    /**
     * Which vouchers changed when (booked, paid, a payment deleted...): GET …/entries/changes and lists with
     * changesSince read the vouchers of their range from here instead of scanning the whole books, as a real ledger's
     * index on change times would.
     */
    private final ChangeLog changes = new ChangeLog();
    /**
     * The earliest year an entry of the books is dated in (a booked voucher, a payment of one, a deleted payment and
     * its reversal); MAX_VALUE: none.
     */
    private int firstBookedYear = Integer.MAX_VALUE;
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
        return addInvoice(invoice, DraftOrigin.NONE, at);
    }

    /** A stated Guid must be new: the caller checks, under this object's lock, that no voucher has it yet. */
    synchronized UUID addInvoice(NewInvoice invoice, DraftOrigin origin, Instant at) {
        DineroContact contact = liveContact(invoice.contactGuid());
        int days = invoice.paymentDays() != null ? invoice.paymentDays() : contact.paymentDays();
        return addDraft(DineroDocumentKind.INVOICE, contact, invoice.date(), invoice.date().plusDays(days),
                invoice.currency(), invoice.description(), invoice.lines(), origin, at);
    }

    synchronized UUID addCreditNote(NewCreditNote note, Instant at) {
        return addCreditNote(note, DraftOrigin.NONE, at);
    }

    synchronized UUID addCreditNote(NewCreditNote note, DraftOrigin origin, Instant at) {
        return addDraft(DineroDocumentKind.CREDIT_NOTE, liveContact(note.contactGuid()), note.date(), null,
                note.currency(), note.description(), note.lines(), origin, at);
    }

    private UUID addDraft(DineroDocumentKind kind, DineroContact contact, LocalDate date,
            LocalDate paymentDate, String currency, String description, List<DineroLine> lines,
            DraftOrigin origin, Instant at) {
        if (origin.guid() != null && documents.containsKey(origin.guid())) {
            throw new IllegalStateException("Organisation " + organisationId + " already has a voucher "
                    + origin.guid());
        }
        UUID guid = origin.guid() != null ? origin.guid() : nextGuid(kind.name());
        store(new DineroDocument(guid, kind, 0, contact.guid(), contact.name(), date, paymentDate,
                currency, ExchangeRates.dkkPer100(currency), description == null ? kind.wireName() : description,
                DineroLine.totalExclVat(lines), DineroLine.totalInclVat(lines), List.of(), List.of(), at, at, null, null, lines,
                origin.externalReference(), origin.creditNoteFor(), origin.language(), 0), at);
        return guid;
    }

    synchronized long book(UUID guid, Instant at) {
        DineroDocument document = liveDocument(guid);
        if (document.booked()) {
            throw new IllegalStateException(document.kind().wireName() + " " + guid + " is already booked");
        }
        long number = lastNumbers.merge(document.kind(), 1L, Long::sum);
        store(document.bookedAs(number, at), at);
        if (document.creditNoteFor() != null) {
            offset(documents.get(guid), at);
        }
        return number;
    }

    /**
     * A credit note based on an invoice settles what it can of it at once, as the demo's offset credit notes do: a
     * payment on each voucher, so the invoice's open amount drops by the credit note's total (at most what is open).
     */
    private void offset(DineroDocument note, Instant at) {
        DineroDocument invoice = documents.get(note.creditNoteFor());
        if (invoice == null || invoice.deleted() || !invoice.booked() || !invoice.currency().equals(note.currency())
                || invoice.remainingAmount().signum() <= 0) {
            return;
        }
        BigDecimal amount = note.totalInclVat().min(invoice.remainingAmount());
        registerPayment(invoice.guid(), new NewPayment(note.date(), amount, "Modregnet kreditnota " + note.number()),
                at);
        registerPayment(note.guid(), new NewPayment(note.date(), amount, "Modregnet i faktura " + invoice.number()),
                at);
    }

    synchronized UUID registerPayment(UUID documentGuid, NewPayment payment, Instant at) {
        DineroDocument document = liveDocument(documentGuid);
        if (!document.booked()) {
            throw new IllegalStateException("Payments can only be added to a booked voucher; " + documentGuid
                    + " is a draft");
        }
        UUID guid = nextGuid("payment");
        store(document.withPayment(new DineroPayment(guid, payment.date(),
                payment.amount().setScale(2, RoundingMode.HALF_UP), payment.description(), at,
                payment.externalReference(), payment.depositAccountNumber(), null)), at);
        return guid;
    }

    /** The payment stops counting but stays on the voucher as deleted: the books keep it and reverse it. */
    synchronized void deletePayment(UUID documentGuid, UUID paymentGuid, Instant at) {
        store(liveDocument(documentGuid).withoutPayment(paymentGuid, at).orElseThrow(() ->
                new IllegalArgumentException("Voucher " + documentGuid + " has no payment " + paymentGuid)), at);
    }

    /** Dinero says a booked voucher "should not" be deleted (credit it instead), but does not forbid it. */
    synchronized void deleteDocument(UUID guid, Instant at) {
        store(liveDocument(guid).deletedAt(at), at);
    }

    /**
     * The items a list query matches, in the order it asks for: computed once per query and version of the books,
     * then served from memory while a client pages through it, so paging through N items costs O(N log N) once
     * instead of once per page. {@code query} identifies the request without its paging parameters.
     */
    synchronized <T> List<T> matching(String query, LocalDate today, java.util.function.Supplier<List<T>> compute) {
        return snapshots.get(new ListSnapshots.Key(query, version, today), compute);
    }

    synchronized int firstBookedYear() {
        return firstBookedYear;
    }

    synchronized List<DineroContact> contacts() {
        return List.copyOf(contacts.values());
    }

    synchronized List<DineroDocument> documents() {
        return List.copyOf(documents.values());
    }

    /** The vouchers as they are now that changed from {@code from} (inclusive) to {@code to} (exclusive). */
    synchronized List<DineroDocument> documentsChanged(Instant from, Instant to) {
        return changes.changed(from, to).stream().map(documents::get).toList();
    }

    synchronized Optional<DineroDocument> document(UUID guid) {
        return Optional.ofNullable(documents.get(guid));
    }

    /** Vouchers (deleted ones included) whose ExternalReference is {@code reference}: a duplicate shows here. */
    synchronized List<DineroDocument> documentsWithExternalReference(String reference) {
        return documents.values().stream().filter(d -> reference.equals(d.externalReference())).toList();
    }

    /** Payments on any voucher whose ExternalReference is {@code reference}. */
    synchronized List<DineroPayment> paymentsWithExternalReference(String reference) {
        return documents.values().stream().flatMap(d -> d.payments().stream())
                .filter(p -> reference.equals(p.externalReference())).toList();
    }

    synchronized Optional<DineroContact> contact(UUID guid) {
        return Optional.ofNullable(contacts.get(guid));
    }

    /** Every change of a voucher moves the books' version, and the voucher carries it as its TimeStamp. */
    private void store(DineroDocument document, Instant at) {
        version++;
        documents.put(document.guid(), document.atVersion(version));
        changes.add(at, document.guid());
        if (document.booked()) {
            firstBookedYear = Math.min(firstBookedYear, document.date().getYear());
            for (DineroPayment p : document.payments()) {
                firstBookedYear = Math.min(firstBookedYear, p.date().getYear());
            }
            // a deleted payment's entries stay in the books (append-only), and its reversal is dated the day it went
            for (DineroPayment p : document.deletedPayments()) {
                firstBookedYear = Math.min(firstBookedYear, Math.min(p.date().getYear(),
                        LocalDate.ofInstant(p.deletedAt(), DineroApi.DINERO_ZONE).getYear()));
            }
        }
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
