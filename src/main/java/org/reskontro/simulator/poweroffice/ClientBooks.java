package org.reskontro.simulator.poweroffice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One client's customers, sent invoices, posted vouchers and customer sub-ledger. Every change states its time; ids
 * come from per-client sequences, so the same changes give the same ids on every run (a restarted demo keeps them).
 */
final class ClientBooks {

    private final PowerOfficeClient client;
    private final Instant createdAt;
    private final Map<Long, PowerOfficeCustomer> customers = new LinkedHashMap<>();
    private final Map<UUID, OutgoingInvoice> invoices = new LinkedHashMap<>();
    private final CustomerLedger ledger = new CustomerLedger();
    private final Map<UUID, BankVoucher> postedVouchers = new LinkedHashMap<>();
    private final Map<UUID, SalesOrder> salesOrders = new LinkedHashMap<>();
    /** ExternalImportReference per sales order, invoice or voucher id: Go's duplicate check keeps each one unique. */
    private final Map<UUID, String> externalReferences = new LinkedHashMap<>();
    private final Map<UUID, String> matchingReferences = new LinkedHashMap<>();
    private final Chart chart = new Chart();
    private long nextSalesOrderNo = 1;
    private long nextCustomerNo = 10_000;
    private long nextContactId = 4_100_000;
    private long nextInvoiceNo = 1;
    private long nextVoucherNo = 1;
    private long guidSequence;

    ClientBooks(PowerOfficeClient client, Instant createdAt) {
        this.client = client;
        this.createdAt = createdAt;
    }

    PowerOfficeClient client() {
        return client;
    }

    Instant createdAt() {
        return createdAt;
    }

    synchronized long addCustomer(NewCustomer card, Instant at) {
        long id = nextContactId++;
        customers.put(id, new PowerOfficeCustomer(id, nextCustomerNo++, card, id + 7, false, at, at, at));
        return id;
    }

    /** A change on the customer card (name, e-mail, reminder settings …); its address keeps its own timestamp. */
    synchronized void updateCustomer(long id, NewCustomer card, Instant at) {
        PowerOfficeCustomer customer = customer(id);
        boolean moved = !String.valueOf(card.addressLine1()).equals(String.valueOf(customer.card().addressLine1()))
                || !String.valueOf(card.zipCode()).equals(String.valueOf(customer.card().zipCode()))
                || !String.valueOf(card.city()).equals(String.valueOf(customer.card().city()));
        PowerOfficeCustomer changed = customer.withCard(card, at);
        customers.put(id, moved ? changed.movedTo(card.addressLine1(), card.zipCode(), card.city(), at) : changed);
    }

    synchronized void moveCustomer(long id, String addressLine1, String zipCode, String city, Instant at) {
        customers.put(id, customer(id).movedTo(addressLine1, zipCode, city, at));
    }

    /** Go refuses to archive a contact that still has ledger balances. */
    synchronized void archiveCustomer(long id, Instant at) {
        boolean open = ledger.entries().stream().anyMatch(e -> e.customerId() == id && e.balance().signum() != 0);
        if (open) {
            throw new IllegalStateException("Customer " + id + " has ledger balances and cannot be archived");
        }
        customers.put(id, customer(id).archivedAt(at));
    }

    synchronized UUID postInvoice(NewInvoice invoice, Instant at) {
        PowerOfficeCustomer customer = customer(invoice.customerId());
        int terms = invoice.paymentTermDays() != null ? invoice.paymentTermDays() : customer.card().paymentTermDays();
        BigDecimal rate = invoice.exchangeRate();
        BigDecimal net = PowerOfficeLine.net(invoice.lines());
        BigDecimal total = PowerOfficeLine.total(invoice.lines());
        return post(nextGuid("invoice"), false, customer, invoice.date(), invoice.date().plusDays(terms), terms,
                invoice.currencyCode(), rate, net, total, null, at);
    }

    synchronized UUID postCreditNote(NewCreditNote note, Instant at) {
        PowerOfficeCustomer customer = customer(note.customerId());
        return post(nextGuid("creditnote"), true, customer, note.date(), note.date(), 0, "NOK", BigDecimal.ONE,
                PowerOfficeLine.net(note.lines()).negate(), PowerOfficeLine.total(note.lines()).negate(),
                note.relatedInvoiceNo(), at);
    }

    private UUID post(UUID id, boolean creditNote, PowerOfficeCustomer customer, LocalDate date, LocalDate due,
            int terms, String currency, BigDecimal rate, BigDecimal net, BigDecimal total, Long related, Instant at) {
        long invoiceNo = nextInvoiceNo++;
        long voucherNo = nextVoucherNo++;
        String cid = Kid.of(customer.number(), invoiceNo);
        BigDecimal netPosted = nok(net.multiply(rate));
        BigDecimal totalPosted = nok(total.multiply(rate));
        long entryId = ledger.nextId();
        ledger.put(new LedgerEntry(entryId, id, voucherNo, creditNote ? "OutgoingCreditNote" : "OutgoingInvoice",
                customer.id(), customer.number(), totalPosted, currency, total, date, date, due, invoiceNo, cid, false,
                null, totalPosted, at, at));
        invoices.put(id, new OutgoingInvoice(id, creditNote, invoiceNo, voucherNo, customer.id(), customer.number(),
                date, due, terms, currency, rate, net, total, netPosted, totalPosted, cid, related, entryId, at, at,
                null));
        return id;
    }

    /** A payment (or, on a credit note, a payout) matched against the document at once. */
    synchronized long registerPayment(UUID documentId, NewPayment payment, Instant at) {
        OutgoingInvoice document = liveInvoice(documentId);
        BigDecimal amount = payment.amount().setScale(2, RoundingMode.HALF_UP);
        long entryId = addEntry(document, payment.ocr() && !document.creditNote() ? "IncomingOcrGiro" : "BankJournal",
                document.creditNote() ? amount : amount.negate(), payment.date(), payment.ocr() ? document.cid() : null,
                false, at);
        ledger.join(List.of(document.entryId(), entryId), at);
        return entryId;
    }

    /** "Avskriv": the rest of the document's balance written off as a loss, matched against it. */
    synchronized long writeOff(UUID documentId, LocalDate date, Instant at) {
        OutgoingInvoice document = liveInvoice(documentId);
        BigDecimal rest = ledger.entry(document.entryId()).balance();
        if (rest.signum() == 0) {
            throw new IllegalStateException("Nothing is open on " + document.voucherType() + " " + document.invoiceNo());
        }
        long entryId = addEntry(document, "ManualJournal", rest.negate(), date, null, true, at);
        ledger.join(List.of(document.entryId(), entryId), at);
        return entryId;
    }

    /** Reversing a payment's voucher takes it out of its match and matches it with its reversal instead. */
    synchronized void reversePayment(long paymentEntryId, LocalDate date, Instant at) {
        LedgerEntry payment = ledger.entry(paymentEntryId);
        if (payment.voucherType().startsWith("Outgoing")) {
            throw new IllegalArgumentException("Entry " + paymentEntryId + " is an invoice or credit note, not a payment");
        }
        ledger.leave(paymentEntryId, at);
        long reversal = ledger.nextId();
        ledger.put(new LedgerEntry(reversal, nextGuid("reversal"), nextVoucherNo++, "ReversalVoucher",
                payment.customerId(), payment.customerNo(), payment.amount().negate(), "NOK",
                payment.amount().negate(), date, date, null, null, null, false, null, payment.amount().negate(), at, at));
        ledger.join(List.of(paymentEntryId, reversal), at);
    }

    /** Matches a credit note against an invoice of the same customer: each settles the other as far as it goes. */
    synchronized void offset(UUID creditNoteId, UUID invoiceId, Instant at) {
        OutgoingInvoice note = liveInvoice(creditNoteId);
        OutgoingInvoice invoice = liveInvoice(invoiceId);
        if (!note.creditNote() || invoice.creditNote() || note.customerId() != invoice.customerId()) {
            throw new IllegalArgumentException("Offset needs a credit note and an invoice of one customer");
        }
        ledger.join(List.of(invoice.entryId(), note.entryId()), at);
    }

    /** A reversal voucher nullifies an unmatched invoice or credit note; its number may then be used again. */
    synchronized void reverseInvoice(UUID documentId, LocalDate date, Instant at) {
        OutgoingInvoice document = liveInvoice(documentId);
        LedgerEntry own = ledger.entry(document.entryId());
        if (own.matchId() != null) {
            throw new IllegalStateException(document.voucherType() + " " + document.invoiceNo()
                    + " is matched; unmatch its payments before reversing it");
        }
        long reversal = addEntry(document, "ReversalVoucher", own.amount().negate(), date, null, false, at);
        ledger.join(List.of(document.entryId(), reversal), at);
        invoices.put(documentId, document.reversedAt(at));
    }

    /**
     * A bank voucher posted by an integration. It must balance. A line on a customer's sub-ledger account becomes a
     * ledger entry, matched at once with the open document whose KID it carries, or else whose invoice number, as Go
     * matches them; a line that finds none stays open on the customer (a prepayment).
     */
    synchronized BankVoucher postBankVoucher(LocalDate date, String description, List<BankVoucher.Line> lines,
            Instant at) {
        return postBankVoucher(date, description, null, lines, at);
    }

    /** As above, refused when another voucher already carries {@code externalReference}. */
    synchronized BankVoucher postBankVoucher(LocalDate date, String description, String externalReference,
            List<BankVoucher.Line> lines, Instant at) {
        requireUnusedReference(externalReference, postedVouchers.keySet());
        BigDecimal sum = lines.stream().map(BankVoucher.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.signum() != 0) {
            throw new IllegalArgumentException("The voucher does not balance: its lines sum to " + sum.toPlainString());
        }
        UUID id = nextGuid("bankvoucher");
        long voucherNo = nextVoucherNo++;
        List<BankVoucher.Line> posted = new ArrayList<>();
        for (BankVoucher.Line line : lines) {
            Optional<PowerOfficeCustomer> customer = customers.values().stream()
                    .filter(c -> c.subledgerAccountId() == line.accountId()).findFirst();
            Long entryId = customer.map(c -> customerLine(c, id, voucherNo, line, at)).orElse(null);
            posted.add(new BankVoucher.Line(ledger.nextId(), line.accountId(), line.amount(), line.postingDate(),
                    line.cid(), line.invoiceNo(), line.description(), entryId));
        }
        BankVoucher voucher = new BankVoucher(id, voucherNo, date, description, posted, at, null);
        postedVouchers.put(id, voucher);
        if (externalReference != null) {
            externalReferences.put(id, externalReference);
        }
        return voucher;
    }

    /** POST /Vouchers/Reverse/{id}: only for vouchers the integration posted itself. */
    synchronized void reversePostedVoucher(UUID id, LocalDate date, Instant at) {
        BankVoucher voucher = postedVouchers.get(id);
        if (voucher == null) {
            throw new IllegalStateException("Voucher " + id + " was not created by this integration through the api");
        }
        if (voucher.reversedAt() != null) {
            throw new IllegalStateException("Voucher " + id + " is already reversed");
        }
        voucher.lines().stream().filter(line -> line.entryId() != null)
                .forEach(line -> reversePayment(line.entryId(), date, at));
        postedVouchers.put(id, voucher.reversedAt(at));
    }

    synchronized Optional<BankVoucher> postedVoucher(UUID id) {
        return Optional.ofNullable(postedVouchers.get(id));
    }

    /** Whether any voucher (invoice, credit note, payment, reversal, posted voucher) has this id. */
    synchronized boolean knowsVoucher(UUID id) {
        return postedVouchers.containsKey(id) || invoices.containsKey(id) || ledger.hasVoucher(id);
    }

    private long customerLine(PowerOfficeCustomer customer, UUID voucherId, long voucherNo, BankVoucher.Line line,
            Instant at) {
        long entryId = ledger.nextId();
        ledger.put(new LedgerEntry(entryId, voucherId, voucherNo, "BankJournal", customer.id(),
                customer.number(), line.amount(), "NOK", line.amount(), line.postingDate(), line.postingDate(), null,
                null, line.cid(), false, null, line.amount(), at, at));
        invoices.values().stream()
                .filter(i -> !i.reversed() && i.customerId() == customer.id())
                .filter(i -> line.cid() != null ? line.cid().equals(i.cid())
                        : line.invoiceNo() != null && line.invoiceNo().equals(String.valueOf(i.invoiceNo())))
                .filter(i -> ledger.entry(i.entryId()).balance().signum() == -line.amount().signum())
                .findFirst()
                .ifPresent(document -> ledger.join(List.of(document.entryId(), entryId), at));
        return entryId;
    }

    /** POST /SalesOrders/Complete: a draft (or confirmed) order; nothing is posted until it is sent. */
    synchronized SalesOrder createSalesOrder(long customerId, LocalDate date, Integer paymentTerm, String status,
            String externalReference, String matchingReference, Long relatedInvoiceNo, List<SalesOrder.Line> lines,
            Instant at) {
        PowerOfficeCustomer customer = customers.get(customerId);
        if (customer == null) {
            throw new IllegalArgumentException("Customer with id = " + customerId + " not found");
        }
        List<UUID> ordersAndInvoices = new ArrayList<>(salesOrders.keySet());
        ordersAndInvoices.addAll(invoices.keySet());
        requireUnusedReference(externalReference, ordersAndInvoices);
        if (relatedInvoiceNo != null && invoices.values().stream()
                .noneMatch(i -> !i.creditNote() && i.invoiceNo() == relatedInvoiceNo)) {
            throw new IllegalArgumentException("Invoice with invoice number = " + relatedInvoiceNo + " not found");
        }
        SalesOrder order = new SalesOrder(nextGuid("salesorder"), nextSalesOrderNo++, customer.id(),
                customer.number(), date, paymentTerm, status, externalReference, matchingReference, relatedInvoiceNo,
                lines, at);
        salesOrders.put(order.id(), order);
        if (externalReference != null) {
            externalReferences.put(order.id(), externalReference);
        }
        if (matchingReference != null) {
            matchingReferences.put(order.id(), matchingReference);
        }
        return order;
    }

    /**
     * createAndSendInvoice: the order becomes an invoice (or credit note) under its own id, with the next number and
     * a KID. A credit note naming the invoice it credits is matched against it, as Go does when crediting an invoice.
     */
    synchronized OutgoingInvoice sendSalesOrder(UUID id, LocalDate voucherDate, LocalDate overrideDueDate,
            Instant at) {
        SalesOrder order = salesOrders.get(id);
        if (order == null) {
            throw new IllegalStateException(invoices.containsKey(id) ? "Sales order with id = " + id
                    + " is already sent" : "Sales order with id = " + id + " not found");
        }
        if (order.lines().isEmpty()) {
            throw new IllegalArgumentException("Sales order " + order.salesOrderNo() + " has no lines to invoice");
        }
        PowerOfficeCustomer customer = customer(order.customerId());
        LocalDate date = voucherDate != null ? voucherDate : order.date();
        int terms = order.paymentTerm() != null ? order.paymentTerm() : customer.card().paymentTermDays();
        LocalDate due = overrideDueDate != null ? overrideDueDate : date.plusDays(terms);
        salesOrders.remove(id);
        if (order.creditNote()) {
            post(id, true, customer, date, date, 0, "NOK", BigDecimal.ONE, order.net(), order.total(),
                    order.relatedInvoiceNo(), at);
            invoices.values().stream()
                    .filter(i -> !i.creditNote() && !i.reversed() && order.relatedInvoiceNo() != null
                            && i.invoiceNo() == order.relatedInvoiceNo() && i.customerId() == customer.id())
                    .findFirst()
                    .ifPresent(credited -> ledger.join(List.of(credited.entryId(), invoices.get(id).entryId()), at));
        } else {
            post(id, false, customer, date, due, (int) java.time.temporal.ChronoUnit.DAYS.between(date, due), "NOK",
                    BigDecimal.ONE, order.net(), order.total(), null, at);
        }
        return invoices.get(id);
    }

    synchronized List<SalesOrder> salesOrders() {
        return List.copyOf(salesOrders.values());
    }

    synchronized String externalReference(UUID id) {
        return externalReferences.get(id);
    }

    synchronized String matchingReference(UUID id) {
        return matchingReferences.get(id);
    }

    /** Sales orders, invoices, credit notes and vouchers carrying the reference: a sent order counts once. */
    synchronized long countReference(String reference) {
        return externalReferences.values().stream().filter(reference::equals).count();
    }

    synchronized <T> T chart(java.util.function.Function<Chart, T> read) {
        return read.apply(chart);
    }

    private void requireUnusedReference(String reference, java.util.Collection<UUID> sameType) {
        if (reference != null && sameType.stream().anyMatch(id -> reference.equals(externalReferences.get(id)))) {
            throw new IllegalStateException("An object with ExternalImportReference = " + reference
                    + " already exists");
        }
    }

    synchronized List<PowerOfficeCustomer> customers() {
        return List.copyOf(customers.values());
    }

    synchronized Optional<PowerOfficeCustomer> findCustomer(long id) {
        return Optional.ofNullable(customers.get(id));
    }

    synchronized List<OutgoingInvoice> invoices() {
        return List.copyOf(invoices.values());
    }

    synchronized Optional<OutgoingInvoice> invoice(UUID id) {
        return Optional.ofNullable(invoices.get(id));
    }

    synchronized List<LedgerEntry> entries() {
        return ledger.entries();
    }

    synchronized LedgerEntry entry(long id) {
        return ledger.entry(id);
    }

    synchronized List<LedgerEntry> match(long matchId) {
        return ledger.match(matchId);
    }

    private long addEntry(OutgoingInvoice document, String type, BigDecimal amount, LocalDate date, String cid,
            boolean writeOff, Instant at) {
        long id = ledger.nextId();
        ledger.put(new LedgerEntry(id, nextGuid(type), nextVoucherNo++, type, document.customerId(),
                document.customerNo(), amount, "NOK", amount, date, date, null, null, cid, writeOff, null, amount, at,
                at));
        return id;
    }

    private PowerOfficeCustomer customer(long id) {
        PowerOfficeCustomer customer = customers.get(id);
        if (customer == null) {
            throw new IllegalArgumentException("Client " + client.name() + " has no customer " + id);
        }
        return customer;
    }

    private OutgoingInvoice liveInvoice(UUID id) {
        OutgoingInvoice invoice = invoices.get(id);
        if (invoice == null || invoice.reversed()) {
            throw new IllegalArgumentException("Client " + client.name() + " has no live invoice " + id);
        }
        return invoice;
    }

    private static BigDecimal nok(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private UUID nextGuid(String what) {
        guidSequence++;
        return UUID.nameUUIDFromBytes(("poweroffice-simulator/" + client.id() + "/" + what + "/" + guidSequence)
                .getBytes(StandardCharsets.UTF_8));
    }
}
