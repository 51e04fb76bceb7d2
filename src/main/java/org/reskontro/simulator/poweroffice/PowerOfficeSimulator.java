package org.reskontro.simulator.poweroffice;

import java.math.BigDecimal;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A PowerOffice Go API v2 stand-in on 127.0.0.1, speaking the contract over real HTTP. Like a developer account, it
 * has one integration (application key) and one subscription key; every client it creates gets its own client key.
 * Tests and the demo shape the books through the methods below; every change is stamped with the injected clock.
 */
public final class PowerOfficeSimulator implements AutoCloseable {

    /** The default product subscription: 10 requests a second per subscription key. */
    public static final int DEFAULT_RATE_LIMIT_PER_SECOND = 10;
    private static final String HOST = "127.0.0.1";

    private final Clock clock;
    private final Integrations integrations = new Integrations();
    private final AccessTokens tokens = new AccessTokens();
    private final FaultPlans faults = new FaultPlans();
    private final PowerOfficeApi api;
    private final SimulatorHttp http;
    private final String applicationKey = UUID.randomUUID().toString();
    private final String subscriptionKey = randomHex(16);

    private PowerOfficeSimulator(int port, Clock clock, int rateLimitPerSecond) {
        this.clock = clock;
        this.api = new PowerOfficeApi(integrations, tokens, new RateLimitWindows(clock, rateLimitPerSecond), faults,
                clock);
        this.http = new SimulatorHttp(HOST, port, api);
    }

    /** Starts on {@code port} (0: any free port); {@code rateLimitPerSecond} 0 switches the throttle off. */
    public static PowerOfficeSimulator start(int port, Clock clock, int rateLimitPerSecond) {
        PowerOfficeSimulator simulator = new PowerOfficeSimulator(port, clock, rateLimitPerSecond);
        simulator.http.start();
        return simulator;
    }

    /** On a free port with the default throttle of 10 requests a second. */
    public static PowerOfficeSimulator start(Clock clock) {
        return start(0, clock, DEFAULT_RATE_LIMIT_PER_SECOND);
    }

    public void stop() {
        faults.stop();
        http.stop();
    }

    @Override
    public void close() {
        stop();
    }

    /** The API root, as the real one: https://goapi.poweroffice.net/v2. */
    public URI baseUrl() {
        return URI.create("http://" + HOST + ":" + http.port() + PowerOfficeApi.API_ROOT);
    }

    public URI tokenUrl() {
        return URI.create("http://" + HOST + ":" + http.port() + TokenEndpoint.PATH);
    }

    /** A new client with a fresh client key for this simulator's integration and subscription. */
    public PowerOfficeClient createClient(String name, String organisationNumber) {
        PowerOfficeCredentials keys = new PowerOfficeCredentials(applicationKey, UUID.randomUUID().toString(),
                subscriptionKey);
        return createClient(UUID.randomUUID(), name, organisationNumber, keys);
    }

    /** A client with chosen id and keys (seeded demo clients keep theirs across restarts). */
    public PowerOfficeClient createClient(UUID id, String name, String organisationNumber,
            PowerOfficeCredentials credentials) {
        PowerOfficeClient client = new PowerOfficeClient(id, name, organisationNumber, credentials);
        integrations.register(client, clock.instant());
        return client;
    }

    public long addCustomer(UUID client, NewCustomer customer) {
        return books(client).addCustomer(customer, clock.instant());
    }

    /** Bulk loads state their own times, so generated books look as if they had grown over months. */
    public long addCustomer(UUID client, NewCustomer customer, Instant at) {
        return books(client).addCustomer(customer, at);
    }

    /** Changes the customer card (say its reminder settings); the customer's last-changed time moves. */
    public void updateCustomer(UUID client, long customerId, NewCustomer card) {
        books(client).updateCustomer(customerId, card, clock.instant());
    }

    /** A new mail address: only the address entity's last-changed time moves, not the customer's. */
    public void moveCustomer(UUID client, long customerId, String addressLine1, String zipCode, String city) {
        books(client).moveCustomer(customerId, addressLine1, zipCode, city, clock.instant());
    }

    public void archiveCustomer(UUID client, long customerId) {
        books(client).archiveCustomer(customerId, clock.instant());
    }

    /** Sends an invoice: posted at once, with the next invoice number and a KID. */
    public UUID sendInvoice(UUID client, NewInvoice invoice) {
        return books(client).postInvoice(invoice, clock.instant());
    }

    public UUID sendInvoice(UUID client, NewInvoice invoice, Instant at) {
        return books(client).postInvoice(invoice, at);
    }

    public UUID sendCreditNote(UUID client, NewCreditNote creditNote) {
        return books(client).postCreditNote(creditNote, clock.instant());
    }

    public UUID sendCreditNote(UUID client, NewCreditNote creditNote, Instant at) {
        return books(client).postCreditNote(creditNote, at);
    }

    /** A payment matched against an invoice (or a payout against a credit note); returns its ledger entry id. */
    public long registerPayment(UUID client, UUID documentId, NewPayment payment) {
        return books(client).registerPayment(documentId, payment, clock.instant());
    }

    public long registerPayment(UUID client, UUID documentId, NewPayment payment, Instant at) {
        return books(client).registerPayment(documentId, payment, at);
    }

    /** Reverses a payment's voucher: the payment leaves the document's match, which is open again by as much. */
    public void reversePayment(UUID client, long paymentEntryId) {
        books(client).reversePayment(paymentEntryId, today(), clock.instant());
    }

    /** Matches a credit note against an invoice of the same customer. */
    public void offset(UUID client, UUID creditNoteId, UUID invoiceId) {
        books(client).offset(creditNoteId, invoiceId, clock.instant());
    }

    public void offset(UUID client, UUID creditNoteId, UUID invoiceId, Instant at) {
        books(client).offset(creditNoteId, invoiceId, at);
    }

    /** "Avskriv": writes the rest of a document off as a loss. */
    public long writeOff(UUID client, UUID documentId) {
        return books(client).writeOff(documentId, today(), clock.instant());
    }

    /** Reverses an unmatched invoice or credit note (IsReversed); its number may then be used again. */
    public void reverseInvoice(UUID client, UUID documentId) {
        books(client).reverseInvoice(documentId, today(), clock.instant());
    }

    public void reverseInvoice(UUID client, UUID documentId, LocalDate date, Instant at) {
        books(client).reverseInvoice(documentId, date, at);
    }

    /** A product whose lines post on {@code salesAccountNo}, at that account's VAT code; returns its id. */
    public long addProduct(UUID client, String code, String name, long salesAccountNo) {
        return books(client).chart(chart -> chart.addProduct(code, name, salesAccountNo)).id();
    }

    /** Adds (or replaces) a general-ledger account with its VAT code ("0", "3", "5" or "6"). */
    public void addAccount(UUID client, long accountNo, String name, String vatCode) {
        books(client).chart(chart -> chart.account(accountNo, name, vatCode));
    }

    /**
     * How many sales orders, invoices, credit notes and vouchers carry this ExternalImportReference (a sent order is
     * its invoice, counted once): what exactly-once tests count.
     */
    public long documentsWithReference(UUID client, String externalImportReference) {
        return books(client).countReference(externalImportReference);
    }

    /** The unsent sales orders (invoice drafts) with their ExternalImportReference, by id. */
    public java.util.Map<UUID, String> salesOrderDrafts(UUID client) {
        ClientBooks books = books(client);
        java.util.Map<UUID, String> drafts = new java.util.LinkedHashMap<>();
        books.salesOrders().forEach(order -> drafts.put(order.id(), order.externalImportReference()));
        return drafts;
    }

    public List<PowerOfficeCustomer> customers(UUID client) {
        return books(client).customers();
    }

    /** Every sent invoice and credit note, reversed ones included, in sending order. */
    public List<OutgoingInvoice> invoices(UUID client) {
        return books(client).invoices();
    }

    public Optional<OutgoingInvoice> invoice(UUID client, UUID documentId) {
        return books(client).invoice(documentId);
    }

    /** The customer-ledger entries, in posting order. */
    public List<LedgerEntry> ledger(UUID client) {
        return books(client).entries();
    }

    /** What is open on a document, signed as posted (a credit note's rest is negative). */
    public BigDecimal balance(UUID client, UUID documentId) {
        ClientBooks books = books(client);
        return books.entry(books.invoice(documentId).orElseThrow().entryId()).balance();
    }

    /** Oslo's today on the injected clock: what due dates are compared with. */
    public LocalDate today() {
        return api.today();
    }

    /** Plans faults for the client's next API requests, one request each, in order. */
    public void injectFaults(UUID client, Fault... plan) {
        faults.add(client, List.of(plan));
    }

    public void injectFaults(UUID client, int times, Fault fault) {
        faults.add(client, Collections.nCopies(times, fault));
    }

    public void clearFaults(UUID client) {
        faults.clear(client);
    }

    public int pendingFaults(UUID client) {
        return faults.pending(client);
    }

    /** Every exchange is reported once its answer is final and before it is written. */
    public void addExchangeListener(Consumer<PowerOfficeExchange> listener) {
        http.addListener(listener);
    }

    public void removeExchangeListener(Consumer<PowerOfficeExchange> listener) {
        http.removeListener(listener);
    }

    /** Invalidates every access token, as if they had all expired. */
    public void revokeTokens() {
        tokens.revokeAll();
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    ClientBooks books(UUID client) {
        return integrations.require(client);
    }
}
