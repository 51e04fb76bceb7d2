package org.reskontro.simulator.dinero;

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
 * A Dinero API v1 stand-in on 127.0.0.1, speaking the contract over real HTTP. Tests and the demo shape its
 * state through the mutation methods below; every change is stamped with the injected clock.
 */
public final class DineroSimulator implements AutoCloseable {

    public static final int DEFAULT_RATE_LIMIT_PER_MINUTE = 100;
    private static final String HOST = "127.0.0.1";

    private final Clock clock;
    private final SimulatorDirectory directory = new SimulatorDirectory();
    private final AccessTokens tokens = new AccessTokens();
    private final FaultPlans faults = new FaultPlans();
    private final DineroApi api;
    private final SimulatorHttp http;

    private DineroSimulator(int port, Clock clock, int rateLimitPerMinute) {
        this.clock = clock;
        this.api = new DineroApi(directory, tokens, new RateLimitWindows(clock, rateLimitPerMinute), faults, clock);
        this.http = new SimulatorHttp(HOST, port, api);
    }

    /** Starts on {@code port} (0: any free port); {@code rateLimitPerMinute} 0 switches the limit off. */
    public static DineroSimulator start(int port, Clock clock, int rateLimitPerMinute) {
        DineroSimulator simulator = new DineroSimulator(port, clock, rateLimitPerMinute);
        simulator.http.start();
        return simulator;
    }

    /** On a free port with Dinero's limit of 100 requests a minute. */
    public static DineroSimulator start(Clock clock) {
        return start(0, clock, DEFAULT_RATE_LIMIT_PER_MINUTE);
    }

    public void stop() {
        faults.stop();
        http.stop();
    }

    @Override
    public void close() {
        stop();
    }

    public URI baseUrl() {
        return URI.create("http://" + HOST + ":" + http.port());
    }

    public URI tokenUrl() {
        return baseUrl().resolve(TokenEndpoint.PATH);
    }

    /** A new organisation with the next free id and freshly made credentials that reach only it. */
    public synchronized DineroOrganisation createOrganisation(String name) {
        HexFormat hex = HexFormat.of();
        SecureRandom random = new SecureRandom();
        byte[] secret = new byte[16];
        byte[] apiKey = new byte[16];
        random.nextBytes(secret);
        random.nextBytes(apiKey);
        int id = directory.nextFreeId();
        return createOrganisation(id, name, new DineroCredentials("reskontro-sim-" + id, hex.formatHex(secret),
                hex.formatHex(apiKey)));
    }

    /** An organisation with a chosen id and credentials (a reused API key then reaches several organisations). */
    public DineroOrganisation createOrganisation(int id, String name, DineroCredentials credentials) {
        directory.register(id, name, credentials);
        return new DineroOrganisation(id, name, credentials);
    }

    public UUID addContact(int organisationId, NewContact contact) {
        return books(organisationId).addContact(contact, clock.instant());
    }

    /**
     * Bulk loads (benchmarks) state their own times, so a large organisation looks as if it had grown over months
     * rather than in the last second; a delta sync then sees only what changed after its cursor.
     */
    public UUID addContact(int organisationId, NewContact contact, Instant at) {
        return books(organisationId).addContact(contact, at);
    }

    /** Bulk loads: an invoice created at {@code createdAt} and booked at {@code bookedAt}. */
    public UUID addBookedInvoice(int organisationId, NewInvoice invoice, Instant createdAt, Instant bookedAt) {
        OrganisationBooks books = books(organisationId);
        UUID guid = books.addInvoice(invoice, createdAt);
        books.book(guid, bookedAt);
        return guid;
    }

    /** Bulk loads: a payment registered at {@code at}. */
    public UUID registerPayment(int organisationId, UUID documentGuid, NewPayment payment, Instant at) {
        return books(organisationId).registerPayment(documentGuid, payment, at);
    }

    public void deleteContact(int organisationId, UUID contactGuid) {
        books(organisationId).deleteContact(contactGuid, clock.instant());
    }

    /** Adds a draft invoice; {@link #book} gives it its number. */
    public UUID addInvoice(int organisationId, NewInvoice invoice) {
        return books(organisationId).addInvoice(invoice, clock.instant());
    }

    /** Adds a draft credit note; {@link #book} gives it its number. */
    public UUID addCreditNote(int organisationId, NewCreditNote creditNote) {
        return books(organisationId).addCreditNote(creditNote, clock.instant());
    }

    /** Books a draft invoice or credit note and returns its number. */
    public long book(int organisationId, UUID documentGuid) {
        return books(organisationId).book(documentGuid, clock.instant());
    }

    /** Registers a payment on a booked voucher; its UpdatedAt moves and its status follows. */
    public UUID registerPayment(int organisationId, UUID documentGuid, NewPayment payment) {
        return books(organisationId).registerPayment(documentGuid, payment, clock.instant());
    }

    public void deletePayment(int organisationId, UUID documentGuid, UUID paymentGuid) {
        books(organisationId).deletePayment(documentGuid, paymentGuid, clock.instant());
    }

    /** Marks a voucher deleted (DeletedAt); Dinero advises crediting booked ones instead, but allows it. */
    public void deleteDocument(int organisationId, UUID documentGuid) {
        books(organisationId).deleteDocument(documentGuid, clock.instant());
    }

    /** Every contact, deleted ones included, in creation order. */
    public List<DineroContact> contacts(int organisationId) {
        return books(organisationId).contacts();
    }

    /** Every invoice and credit note, drafts and deleted ones included, in creation order. */
    public List<DineroDocument> documents(int organisationId) {
        return books(organisationId).documents();
    }

    public Optional<DineroDocument> document(int organisationId, UUID documentGuid) {
        return books(organisationId).document(documentGuid);
    }

    /**
     * The vouchers whose ExternalReference is {@code reference} (deleted ones included): more than one means a
     * client created a document twice.
     */
    public List<DineroDocument> documentsWithExternalReference(int organisationId, String reference) {
        return books(organisationId).documentsWithExternalReference(reference);
    }

    /** The payments, on any voucher, whose ExternalReference is {@code reference}. */
    public List<DineroPayment> paymentsWithExternalReference(int organisationId, String reference) {
        return books(organisationId).paymentsWithExternalReference(reference);
    }

    /** The date statuses are derived against (Copenhagen's today on the injected clock). */
    public LocalDate today() {
        return api.today();
    }

    /** Plans faults for the organisation's next requests, one request each, in order. */
    public void injectFaults(int organisationId, Fault... plan) {
        faults.add(organisationId, List.of(plan));
    }

    public void injectFaults(int organisationId, int times, Fault fault) {
        faults.add(organisationId, Collections.nCopies(times, fault));
    }

    public void clearFaults(int organisationId) {
        faults.clear(organisationId);
    }

    public int pendingFaults(int organisationId) {
        return faults.pending(organisationId);
    }

    /**
     * Every exchange (token endpoint included) is reported once its answer is final and before it is written, so a
     * client that has its answer finds the exchange reported.
     */
    public void addExchangeListener(Consumer<DineroExchange> listener) {
        http.addListener(listener);
    }

    public void removeExchangeListener(Consumer<DineroExchange> listener) {
        http.removeListener(listener);
    }

    /** Invalidates every access token, as if they had all expired. */
    public void revokeTokens() {
        tokens.revokeAll();
    }

    OrganisationBooks books(int organisationId) {
        return directory.require(organisationId);
    }
}
