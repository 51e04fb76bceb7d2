package org.reskontro.connector.dinero;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.reskontro.ledger.spi.DocumentBalance;
import org.reskontro.ledger.spi.DocumentQuery;
import org.reskontro.ledger.spi.ErpCustomer;
import org.reskontro.ledger.spi.ErpDocument;
import org.reskontro.ledger.spi.ErpPosting;
import org.reskontro.ledger.spi.LedgerSource;
import org.reskontro.shared.DocumentKind;

/**
 * One read session on a Dinero organisation. With a change time, each list is read twice: once for what
 * changed, once with deletedOnly=true for what was deleted since (Dinero leaves deleted items out otherwise).
 */
final class DineroLedgerSource implements LedgerSource {

    private static final DateTimeFormatter CHANGES_SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    /** Dinero is a Danish service: its books' "today" is Copenhagen's. */
    private static final ZoneId DINERO_ZONE = ZoneId.of("Europe/Copenhagen");

    private final DineroApiClient client;
    private final DineroPages pages;
    private final DineroTransport transport;
    private final Clock clock;

    DineroLedgerSource(DineroApiClient client, DineroPages pages, DineroTransport transport, Clock clock) {
        this.client = client;
        this.pages = pages;
        this.transport = transport;
        this.clock = clock;
    }

    @Override
    public void customers(Instant changedSince, Consumer<ErpCustomer> sink) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("fields", DineroCustomerMapper.FIELDS);
        putChangesSince(query, changedSince);
        for (boolean deletedPass : passes()) {
            Map<String, String> pass = withDeletedOnly(query, deletedPass);
            pages.each(contactsPath(), pass, (item, where) -> {
                ErpCustomer customer = DineroCustomerMapper.customer(item, deletedPass, where);
                if (customer != null) {
                    sink.accept(customer);
                }
            });
        }
    }

    @Override
    public void documents(DocumentQuery range, Consumer<ErpDocument> sink) {
        Map<String, String> query = new LinkedHashMap<>();
        if (range.fromDate() != null && range.toDate() != null) {
            query.put("startDate", range.fromDate().toString());
            query.put("endDate", range.toDate().toString());
        }
        query.put("statusFilter", DineroDocumentMapper.BOOKED_STATUSES);
        query.put("fields", DineroDocumentMapper.FIELDS);
        putChangesSince(query, range.changedSince());
        for (DocumentKind kind : DocumentKind.values()) {
            for (boolean deletedPass : passes()) {
                pages.each(listPath(kind), withDeletedOnly(query, deletedPass), (item, where) -> {
                    ErpDocument document = DineroDocumentMapper.document(item, kind, deletedPass, where);
                    if (document != null) {
                        sink.accept(document);
                    }
                });
            }
        }
    }

    @Override
    public DocumentBalance balance(ErpDocument document) {
        boolean invoice = document.kind() == DocumentKind.INVOICE;
        String path = invoice ? "/v2/" + client.organisationId() + "/invoices/" + document.externalId() + "/payments"
                : "/v1/" + client.organisationId() + "/sales/creditnotes/" + document.externalId() + "/payments";
        String what = "GET " + path;
        String notFound = "Dinero has no " + (invoice ? "invoice " : "credit note ") + document.externalId()
                + " in organisation " + client.organisationId() + " (or no such organisation for these credentials)";
        return DineroBalanceMapper.balance(client.get(path, Map.of(), what, notFound), document, what);
    }

    @Override
    public boolean listsReceivablePostings() {
        return true;
    }

    /** From Dinero's general ledger (GET …/entries), month by month; see {@link DineroPostings}. */
    @Override
    public void receivablePostings(LocalDate from, Consumer<ErpPosting> sink) {
        new DineroPostings(client, LocalDate.ofInstant(clock.instant(), DINERO_ZONE)).read(from, sink);
    }

    @Override
    public boolean listsAddedPostings() {
        return true;
    }

    /** From Dinero's list of changes (GET …/entries/changes) up to this session's now; see {@link DineroPostings}. */
    @Override
    public void receivablePostingsAddedSince(Instant since, Consumer<ErpPosting> sink) {
        Objects.requireNonNull(since, "since");
        Instant now = clock.instant();
        new DineroPostings(client, LocalDate.ofInstant(now, DINERO_ZONE)).addedSince(since, now, sink);
    }

    /**
     * Invoices come from "Get invoice as json or pdf" with the Accept header choosing the PDF; credit notes have
     * their own …/pdf endpoint. Either way Dinero sends application/octet-stream, so the bytes are checked.
     */
    @Override
    public byte[] pdf(ErpDocument document) {
        boolean invoice = document.kind() == DocumentKind.INVOICE;
        String path = invoice ? "/v1/" + client.organisationId() + "/invoices/" + document.externalId()
                : "/v1/" + client.organisationId() + "/sales/creditnotes/" + document.externalId() + "/pdf";
        String what = "GET " + path + " (PDF)";
        String notFound = "Dinero has no " + (invoice ? "invoice " : "credit note ") + document.externalId()
                + " in organisation " + client.organisationId() + " (or no such organisation for these credentials)";
        return DineroPdf.checked(client.fetch(path, Map.of(), DineroPdf.ACCEPT, what, notFound), what);
    }

    @Override
    public List<String> takeNotes() {
        return pages.takeNotes();
    }

    @Override
    public int requestCount() {
        return transport.requestCount();
    }

    /** Dinero's changesSince has whole seconds; rounding down keeps the filter inclusive. */
    private static void putChangesSince(Map<String, String> query, Instant changedSince) {
        if (changedSince != null) {
            query.put("changesSince", CHANGES_SINCE.format(changedSince.truncatedTo(ChronoUnit.SECONDS)));
        }
    }

    /**
     * The plain pass, then the deletedOnly pass: Dinero leaves deleted items out of plain lists, and a full sweep must
     * see them too, or a document deleted since the last sync would stay open in the mirror.
     */
    private static boolean[] passes() {
        return new boolean[] {false, true};
    }

    private static Map<String, String> withDeletedOnly(Map<String, String> query, boolean deletedPass) {
        Map<String, String> pass = new LinkedHashMap<>(query);
        if (deletedPass) {
            pass.put("deletedOnly", "true");
        }
        return pass;
    }

    private String contactsPath() {
        return "/v1/" + client.organisationId() + "/contacts";
    }

    private String listPath(DocumentKind kind) {
        return kind == DocumentKind.INVOICE ? "/v1/" + client.organisationId() + "/invoices"
                : "/v1/" + client.organisationId() + "/sales/creditnotes";
    }
}
