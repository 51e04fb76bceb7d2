package org.reskontro.connector.poweroffice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.reskontro.ledger.spi.AccountingSystemException;
import org.reskontro.ledger.spi.AccountingSystemException.Category;
import org.reskontro.ledger.spi.DocumentBalance;
import org.reskontro.ledger.spi.DocumentQuery;
import org.reskontro.ledger.spi.ErpCustomer;
import org.reskontro.ledger.spi.ErpDocument;
import org.reskontro.ledger.spi.LedgerSource;
import org.reskontro.shared.DocumentKind;
import tools.jackson.databind.JsonNode;

/**
 * One read session on a PowerOffice Go client. Before the first read it checks that the client key opens the client
 * the connection names (its organisation number). Documents come from /OutgoingInvoices, whose change filter is the
 * balance's last change; their balances and matches are remembered from the listing (up to a bound), so a document
 * nothing was matched against needs no further request, and one in a match needs one: its entries by match id.
 */
final class PowerOfficeLedgerSource implements LedgerSource {

    /** PowerOffice Go is Norwegian: a due date has passed once Oslo's day after it has begun. */
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final int REMEMBERED = 50_000;
    /** .NET ticks: seven fractional digits, UTC. */
    private static final DateTimeFormatter TICKS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final PowerOfficeApiClient client;
    private final PowerOfficePages pages;
    private final PowerOfficeTransport transport;
    private final Clock clock;
    private final Map<String, PowerOfficeInvoice> listed = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PowerOfficeInvoice> eldest) {
            return size() > REMEMBERED;
        }
    };
    private final PowerOfficeClientCheck clientCheck;

    PowerOfficeLedgerSource(PowerOfficeApiClient client, PowerOfficePages pages, PowerOfficeTransport transport,
            String organisationNumber, Clock clock) {
        this.client = client;
        this.pages = pages;
        this.transport = transport;
        this.clock = clock;
        this.clientCheck = new PowerOfficeClientCheck(client, organisationNumber);
    }

    @Override
    public void customers(Instant changedSince, Consumer<ErpCustomer> sink) {
        checkClient();
        Map<String, String> query = new LinkedHashMap<>();
        putChangedAfter(query, "lastChangedDateTimeOffsetGreaterThan", changedSince);
        pages.each("/Customers", query, noClient(),
                (item, where) -> sink.accept(PowerOfficeCustomerMapper.customer(item, where)));
    }

    @Override
    public void documents(DocumentQuery range, Consumer<ErpDocument> sink) {
        checkClient();
        Map<String, String> query = new LinkedHashMap<>();
        if (range.fromDate() != null) {
            query.put("fromDate", range.fromDate().toString());
        }
        if (range.toDate() != null) {
            query.put("toDate", range.toDate().toString());
        }
        putChangedAfter(query, "balanceLastChangedDateTimeOffsetGreaterThan", range.changedSince());
        LocalDate today = LocalDate.ofInstant(clock.instant(), OSLO);
        pages.each("/OutgoingInvoices", query, noClient(), (item, where) -> {
            PowerOfficeInvoice invoice = PowerOfficeInvoiceMapper.invoice(item, today, where);
            synchronized (listed) {
                listed.put(invoice.document().externalId(), invoice);
            }
            sink.accept(invoice.document());
        });
    }

    @Override
    public DocumentBalance balance(ErpDocument document) {
        PowerOfficeInvoice invoice;
        synchronized (listed) {
            invoice = listed.get(document.externalId());
        }
        if (invoice == null) {
            invoice = fetch(document);
        }
        if (invoice.matchId() == null) {
            return PowerOfficeBalanceMapper.alone(invoice);
        }
        String where = "GET /Customerledger/EntriesByMatchId (match " + invoice.matchId() + ")";
        try {
            return PowerOfficeBalanceMapper.matched(document, entries(invoice.matchId()), where);
        } catch (AccountingSystemException e) {
            if (e.category() != Category.NOT_FOUND) {
                throw e;
            }
            PowerOfficeInvoice now = fetch(document); // the match was merged or undone since the listing
            return now.matchId() == null ? PowerOfficeBalanceMapper.alone(now)
                    : PowerOfficeBalanceMapper.matched(document, entries(now.matchId()), where);
        }
    }

    /** VoucherDocumentation/Download with documentationType=Pdf: a zip holding the PDF, or 204 when there is none. */
    @Override
    public byte[] pdf(ErpDocument document) {
        checkClient();
        String what = "GET /VoucherDocumentation/Download (PDF of " + name(document) + ")";
        PowerOfficeApiClient.Answer answer = client.get("/VoucherDocumentation/Download",
                Map.of("id", document.externalId(), "documentationType", "Pdf"), PowerOfficePdf.ACCEPT, what,
                "PowerOffice Go has no voucher " + document.externalId() + " for this client key");
        if (answer.empty()) {
            throw new AccountingSystemException(Category.REJECTED, "PowerOffice Go holds no PDF of " + name(document));
        }
        return PowerOfficePdf.fromDownload(answer.body(), what);
    }

    @Override
    public List<String> takeNotes() {
        return pages.takeNotes();
    }

    @Override
    public int requestCount() {
        return transport.requestCount();
    }

    private List<JsonNode> entries(long matchId) {
        List<JsonNode> entries = new ArrayList<>();
        pages.each("/Customerledger/EntriesByMatchId", Map.of("matchId", String.valueOf(matchId)),
                "PowerOffice Go has no match " + matchId + " (changed since it was listed)",
                (item, where) -> entries.add(item));
        return entries;
    }

    private PowerOfficeInvoice fetch(ErpDocument document) {
        checkClient();
        String what = "GET /OutgoingInvoices/" + document.externalId();
        PowerOfficeApiClient.Answer answer = client.get("/OutgoingInvoices/" + document.externalId(), Map.of(),
                "application/json", what, "PowerOffice Go has no " + name(document) + " for this client key");
        if (answer.empty()) {
            throw PowerOfficeJson.malformed(what, "the answer is empty");
        }
        return PowerOfficeInvoiceMapper.invoice(PowerOfficeJson.parse(answer.body(), what),
                LocalDate.ofInstant(clock.instant(), OSLO), what);
    }

    private void checkClient() {
        clientCheck.ensure();
    }

    /** "Greater than" is exclusive: one tick (100 ns) earlier keeps a change at the cursor itself. */
    private static void putChangedAfter(Map<String, String> query, String parameter, Instant changedSince) {
        if (changedSince != null) {
            query.put(parameter, TICKS.format(changedSince.truncatedTo(ChronoUnit.MICROS).minusNanos(100)));
        }
    }

    private String noClient() {
        return clientCheck.noClient();
    }

    private static String name(ErpDocument document) {
        return (document.kind() == DocumentKind.INVOICE ? "invoice " : "credit note ")
                + (document.number() != null ? document.number() : document.externalId());
    }
}
