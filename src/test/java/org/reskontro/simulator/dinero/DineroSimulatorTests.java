package org.reskontro.simulator.dinero;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reskontro.testing.MutableClock;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DineroSimulatorTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MutableClock clock = new MutableClock(TODAY.atTime(9, 0, 30).toInstant(ZoneOffset.UTC));
    private final HttpClient http = HttpClient.newHttpClient();
    private DineroSimulator simulator = DineroSimulator.start(0, clock, 0);
    private DineroOrganisation organisation = simulator.createOrganisation("Testfirma ApS");
    private final int org = organisation.id();
    private final UUID customer = simulator.addContact(org, NewContact.company("Kunde A/S", "12345674"));

    @AfterEach
    void stop() {
        simulator.stop();
    }

    @Test
    void theTokenEndpointChecksClientAndApiKey() throws Exception {
        DineroCredentials good = organisation.credentials();
        assertThat(token(new DineroCredentials(good.clientId(), "wrong", good.apiKey()), "password"))
                .satisfies(r -> assertOauthError(r, 401, "invalid_client"));
        assertThat(token(new DineroCredentials(good.clientId(), good.clientSecret(), "wrong"), "password"))
                .satisfies(r -> assertOauthError(r, 400, "invalid_grant"));
        assertThat(token(good, "client_credentials"))
                .satisfies(r -> assertOauthError(r, 400, "unsupported_grant_type"));

        HttpResponse<String> granted = token(good, "password");
        JsonNode body = JSON.readTree(granted.body());
        assertThat(granted.statusCode()).isEqualTo(200);
        assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asInt()).isEqualTo(3600);
        assertThat(body.get("access_token").asString()).hasSizeGreaterThan(30);
    }

    @Test
    void everyCallNeedsABearerTokenWithAccessToTheOrganisation() throws Exception {
        String token = accessToken();
        assertThat(get(null, "/v1/" + org + "/contacts").statusCode()).isEqualTo(401);
        assertThat(get("not-a-token", "/v1/" + org + "/contacts").statusCode()).isEqualTo(401);
        assertThat(get(token, "/v1/" + org + "/contacts").statusCode()).isEqualTo(200);

        HttpResponse<String> unknown = get(token, "/v1/424242/contacts");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).propertyNames()).containsExactly("code", "message");
        int foreign = simulator.createOrganisation("Fremmed ApS").id();
        assertThat(get(token, "/v1/" + foreign + "/contacts").statusCode()).isEqualTo(403);

        clock.advance(Duration.ofHours(1));
        assertThat(get(token, "/v1/" + org + "/contacts").statusCode()).as("expired").isEqualTo(401);
    }

    @Test
    void listParametersAreValidatedAsDineroDoes() throws Exception {
        String token = accessToken();
        String invoices = "/v1/" + org + "/invoices";
        assertBadRequest(get(token, invoices + "?pageSize=1001"), "InvalidPageSize");
        assertBadRequest(get(token, invoices + "?pageSize=ten"), "InvalidPageSize");
        assertBadRequest(get(token, invoices + "?page=-1"), "InvalidPage");
        assertBadRequest(get(token, invoices + "?startDate=2026-11-01"), "InvalidDateRange");
        assertBadRequest(get(token, invoices + "?endDate=2026-11-01"), "InvalidDateRange");
        assertBadRequest(get(token, invoices + "?startDate=1.11.2026&endDate=2026-11-30"), "InvalidDate");
        assertBadRequest(get(token, invoices + "?changesSince=2026-11-01T10:00:00.000Z"), "InvalidChangesSince");
        assertBadRequest(get(token, invoices + "?statusFilter=Booked,Open"), "InvalidStatusFilter");
        assertBadRequest(get(token, invoices + "?fields=Guid,Amount"), "InvalidFields");
        assertBadRequest(get(token, invoices + "?deletedOnly=yes"), "InvalidDeletedOnly");
        assertBadRequest(get(token, "/v1/" + org + "/contacts?queryFilter=Kunde"), "InvalidQueryFilter");
        assertThat(get(token, invoices + "?pageSize=1000").statusCode()).isEqualTo(200);
    }

    @Test
    void fieldsAreEchoedInTheRequestedCasingAndDefaultAsTheSpecSays() throws Exception {
        UUID invoice = bookedInvoice("1000.00", 8);
        UUID note = simulator.addCreditNote(org, NewCreditNote.of(customer, TODAY, new BigDecimal("100")));
        simulator.book(org, note);
        String token = accessToken();

        JsonNode chosen = items(get(token, "/v1/" + org + "/invoices?fields=guid,TOTALINCLVAT")).get(0);
        assertThat(chosen.propertyNames()).containsExactly("guid", "TOTALINCLVAT");
        assertThat(chosen.get("guid").asString()).isEqualTo(invoice.toString());
        assertThat(chosen.get("TOTALINCLVAT").decimalValue()).isEqualByComparingTo("1250.00");
        assertThat(items(get(token, "/v1/" + org + "/invoices")).get(0).propertyNames())
                .containsExactly("Guid", "ContactName", "Date", "Description");
        assertThat(items(get(token, "/v1/" + org + "/sales/creditnotes")).get(0).propertyNames())
                .containsExactly("Guid", "ContactName", "Date", "Description", "Type");
        assertThat(items(get(token, "/v1/" + org + "/contacts")).get(0).propertyNames())
                .containsExactly("name", "contactGuid");
        assertThat(JSON.readTree(get(token, "/v1/organizations").body()).get(0).propertyNames())
                .containsExactly("id", "name", "isPro");
    }

    @Test
    void listsFilterPageAndSortLikeDinero() throws Exception {
        List<UUID> booked = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            booked.add(bookedInvoice("100.00", 8));
            clock.advance(Duration.ofMinutes(1));
        }
        UUID draft = simulator.addInvoice(org, NewInvoice.of(customer, TODAY.minusYears(1), BigDecimal.TEN));
        simulator.registerPayment(org, booked.get(1), new NewPayment(TODAY, new BigDecimal("125.00"), "Betaling"));
        String since = clock.instant().toString();
        simulator.deleteDocument(org, booked.get(4));
        String token = accessToken();
        String list = "/v1/" + org + "/invoices?fields=Guid,Number,Status,UpdatedAt";

        JsonNode page = JSON.readTree(get(token, list + "&pageSize=2&page=1").body());
        assertThat(page.at("/Pagination/Result").asInt()).isEqualTo(2);
        assertThat(page.at("/Pagination/ResultWithoutFilter").asInt()).isEqualTo(5);
        assertThat(page.at("/Pagination/Page").asInt()).isEqualTo(1);
        assertThat(page.get("Collection").valueStream().map(n -> n.get("Number").asLong()))
                .containsExactly(2L, 1L);
        assertThat(guids(get(token, list + "&statusFilter=Paid,OverPaid"))).containsExactly(booked.get(1).toString());
        assertThat(guids(get(token, list + "&changesSince=" + since))).as("inclusive")
                .contains(booked.get(1).toString());
        assertThat(guids(get(token, list + "&deletedOnly=true"))).containsExactly(booked.get(4).toString());
        assertThat(guids(get(token, list + "&startDate=2026-11-23&endDate=2026-11-23")))
                .as("drafts are not affected by the date filter").hasSize(5).contains(draft.toString());
        assertThat(guids(get(token, list + "&startDate=2026-11-24&endDate=2026-11-30")))
                .containsExactly(draft.toString());
    }

    @Test
    void paymentsMoveTheStatusAndTheUpdateTime() throws Exception {
        UUID invoice = bookedInvoice("800.00", 8);
        assertThat(statusOf(invoice)).isEqualTo("Booked");
        clock.advance(Duration.ofDays(9));
        assertThat(statusOf(invoice)).isEqualTo("Overdue");
        String before = simulator.document(org, invoice).orElseThrow().updatedAt().toString();

        UUID part = simulator.registerPayment(org, invoice, new NewPayment(TODAY.plusDays(9), new BigDecimal("400"),
                "Rate 1"));
        assertThat(statusOf(invoice)).isEqualTo("Overdue");
        simulator.registerPayment(org, invoice, new NewPayment(TODAY.plusDays(9), new BigDecimal("600"), "Rate 2"));
        assertThat(statusOf(invoice)).isEqualTo("Paid");
        simulator.registerPayment(org, invoice, new NewPayment(TODAY.plusDays(9), new BigDecimal("50"), "For meget"));
        assertThat(statusOf(invoice)).isEqualTo("OverPaid");

        JsonNode payments = JSON.readTree(get(accessToken(), "/v2/" + org + "/invoices/" + invoice + "/payments")
                .body());
        assertThat(payments.get("RemainingAmount").decimalValue()).isEqualByComparingTo("-50.00");
        assertThat(payments.get("PaidAmount").decimalValue()).isEqualByComparingTo("1050.00");
        assertThat(payments.get("Payments")).hasSize(3);

        clock.advance(Duration.ofMinutes(1));
        simulator.deletePayment(org, invoice, part);
        assertThat(statusOf(invoice)).isEqualTo("Overdue");
        assertThat(simulator.document(org, invoice).orElseThrow().updatedAt().toString()).isNotEqualTo(before)
                .isEqualTo(clock.instant().toString());
        assertThatThrownBy(() -> simulator.registerPayment(org, simulator.addInvoice(org,
                NewInvoice.of(customer, TODAY, BigDecimal.TEN)), new NewPayment(TODAY, BigDecimal.ONE, "x")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theRateLimitIsAFixedMinuteWindowPerOrganisation() throws Exception {
        simulator.stop();
        simulator = DineroSimulator.start(0, clock, 3);
        organisation = simulator.createOrganisation(org, "Testfirma ApS", organisation.credentials());
        int other = simulator.createOrganisation(org + 1, "Søster ApS", organisation.credentials()).id();
        String token = accessToken();
        for (int i = 0; i < 3; i++) {
            assertThat(get(token, "/v1/" + org + "/contacts").statusCode()).isEqualTo(200);
        }

        HttpResponse<String> limited = get(token, "/v1/" + org + "/contacts");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.body()).isEqualTo("API calls quota exceeded!");
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(get(token, "/v1/" + other + "/contacts").statusCode()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(29));
        assertThat(get(token, "/v1/" + org + "/contacts").headers().firstValue("Retry-After")).hasValue("1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(get(token, "/v1/" + org + "/contacts").statusCode()).isEqualTo(200);
    }

    @Test
    void aBookedInvoiceComesAsAValidPdf() throws Exception {
        UUID invoice = bookedInvoice("1999.00", 14);
        UUID draft = simulator.addInvoice(org, NewInvoice.of(customer, TODAY, BigDecimal.TEN));
        String token = accessToken();

        HttpResponse<byte[]> pdf = http.send(request(token, "/v1/" + org + "/invoices/" + invoice)
                .header("Accept", "application/octet-stream").build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
        String text = new String(pdf.body(), StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("%PDF-1.4").endsWith("%%EOF\n").contains("(Faktura nr. 1) Tj", "2498.75 DKK");
        int startxref = Integer.parseInt(text.replaceAll("(?s).*startxref\n(\\d+)\n%%EOF\n$", "$1"));
        assertThat(text.substring(startxref)).startsWith("xref\n0 6\n");
        List<String> offsets = text.substring(startxref).lines().skip(3).limit(5).toList();
        for (int i = 0; i < offsets.size(); i++) {
            int offset = Integer.parseInt(offsets.get(i).substring(0, 10));
            assertThat(text.substring(offset)).startsWith((i + 1) + " 0 obj");
        }
        assertThat(http.send(request(token, "/v1/" + org + "/invoices/" + draft).header("Accept",
                "application/octet-stream").build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
        assertThat(get(token, "/v1/" + org + "/invoices/" + invoice).statusCode()).as("as JSON").isEqualTo(200);
        assertThat(http.send(request(token, "/v1/" + org + "/invoices/" + invoice).header("Accept", "text/html")
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(406);
    }

    @Test
    void aBookedCreditNoteComesAsAPdfFromItsOwnEndpoint() throws Exception {
        UUID note = simulator.addCreditNote(org, NewCreditNote.of(customer, TODAY, new BigDecimal("100")));
        String token = accessToken();
        assertThat(get(token, "/v1/" + org + "/sales/creditnotes/" + note + "/pdf").statusCode())
                .as("a draft has no PDF").isEqualTo(400);
        long number = simulator.book(org, note);

        HttpResponse<byte[]> pdf = http.send(request(token, "/v1/" + org + "/sales/creditnotes/" + note + "/pdf")
                .build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
        assertThat(new String(pdf.body(), StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.4").endsWith("%%EOF\n")
                .contains("(Kreditnota nr. " + number + ") Tj", "125.00 DKK").doesNotContain("Betalingsdato");
        assertThat(get(token, "/v1/" + org + "/sales/creditnotes/" + UUID.randomUUID() + "/pdf").statusCode())
                .isEqualTo(404);
    }

    @Test
    void theExchangeListenerSeesEveryRequestAndAnswer() throws Exception {
        List<DineroExchange> seen = new CopyOnWriteArrayList<>();
        simulator.addExchangeListener(seen::add);
        String token = accessToken();
        get(token, "/v1/" + org + "/contacts?fields=Name&page=0");

        assertThat(seen).hasSize(2);
        DineroExchange list = seen.get(1);
        assertThat(list.method()).isEqualTo("GET");
        assertThat(list.path()).isEqualTo("/v1/" + org + "/contacts");
        assertThat(list.rawQuery()).isEqualTo("fields=Name&page=0");
        assertThat(list.requestHeaders().get("authorization")).containsExactly("Bearer " + token);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.contentType()).startsWith("application/json");
        assertThat(JSON.readTree(list.responseBody()).at("/Collection/0/Name").asString()).isEqualTo("Kunde A/S");
        assertThat(list.faultInjected()).isFalse();
    }

    @Test
    void plannedFaultsHitTheNextRequestsOfTheOrganisationInOrder() throws Exception {
        for (int i = 0; i < 4; i++) {
            simulator.addContact(org, NewContact.person("Person " + i));
        }
        simulator.injectFaults(org, Fault.serverError(), Fault.rateLimited(12), Fault.truncatedPage(),
                Fault.malformedJson());
        String token = accessToken();
        String contacts = "/v1/" + org + "/contacts";

        assertThat(get(token, contacts).statusCode()).isEqualTo(500);
        HttpResponse<String> limited = get(token, contacts);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("12");
        JsonNode truncated = JSON.readTree(get(token, contacts).body());
        assertThat(truncated.get("Collection")).hasSize(2);
        assertThat(truncated.at("/Pagination/Result").asInt()).isEqualTo(5);
        String malformed = get(token, contacts).body();
        assertThatThrownBy(() -> JSON.readTree(malformed)).isInstanceOf(JacksonException.class);
        assertThat(simulator.pendingFaults(org)).isZero();
        assertThat(items(get(token, contacts))).hasSize(5);
    }

    @Test
    void springPropertiesDefaultToPort8089AndDinerosLimit() {
        DineroSimulatorProperties defaults = new DineroSimulatorProperties(true, null, null);

        assertThat(defaults.port()).isEqualTo(8089);
        assertThat(defaults.rateLimitPerMinute()).isEqualTo(100);
    }

    @Test
    void theLedgerEntriesOfAVoucherOnTheDebtorAccountAddUpToWhatIsStillOpenOnIt() throws Exception {
        UUID invoice = bookedInvoice("1000.00", 14);
        UUID payment = simulator.registerPayment(org, invoice, new NewPayment(TODAY, new BigDecimal("300.00"), "Bank"));
        simulator.registerPayment(org, invoice, new NewPayment(TODAY, new BigDecimal("200.00"), "Bank"));
        simulator.deletePayment(org, invoice, payment);
        String token = accessToken();

        JsonNode receivables = JSON.readTree(get(token, "/v1/" + org
                + "/accounts/entry?categoryFilter=Receivables&fields=AccountNumber,Name,Category").body());
        assertThat(receivables).singleElement().satisfies(a -> assertThat(a.get("Category").asString())
                .isEqualTo("Receivables"));
        int debtors = receivables.get(0).get("AccountNumber").asInt();
        HttpResponse<String> answer = get(token, "/v1/" + org + "/entries?fromDate=2026-01-01T00:00:00Z"
                + "&toDate=2026-12-31T00:00:00Z&includePrimo=false");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        List<JsonNode> onVoucher = JSON.readTree(answer.body()).valueStream()
                .filter(e -> e.get("VoucherGuid").asString().equals(invoice.toString())).toList();
        BigDecimal debtorBalance = onVoucher.stream().filter(e -> e.get("AccountNumber").asInt() == debtors)
                .map(e -> e.get("Amount").decimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal everything = onVoucher.stream().map(e -> e.get("Amount").decimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);

        assertThat(debtorBalance).isEqualByComparingTo(simulator.document(org, invoice).orElseThrow().remainingAmount())
                .isEqualByComparingTo("1050.00");
        assertThat(everything).as("every voucher balances").isEqualByComparingTo("0");
        assertThat(onVoucher).as("booking, two payments, and the deleted one's reversal: the books are append-only")
                .hasSize(3 + 2 + 2 + 2).allSatisfy(e -> {
            assertThat(e.get("Type").asString()).isEqualTo("Normal");
            assertThat(e.get("ContactGuid").asString()).isEqualTo(customer.toString());
        });
    }

    @Test
    void entriesAreAskedForWithinOneAccountingYearAndComeWithTheYearsOpeningBalanceUnlessNot() throws Exception {
        UUID lastYear = simulator.addInvoice(org, new NewInvoice(customer, LocalDate.of(2025, 12, 20), 10, "DKK",
                "Faktura", List.of(DineroLine.of("Ydelse", new BigDecimal("800.00")))));
        simulator.book(org, lastYear);
        String token = accessToken();

        JsonNode years = JSON.readTree(get(token, "/v1/" + org + "/accountingyears").body());
        assertThat(years.valueStream().map(y -> y.get("Name").asString())).containsExactly("2025", "2026");
        assertBadRequest(get(token, "/v1/" + org + "/entries?fromDate=2025-12-01T00:00:00Z&toDate=2026-01-31T00:00:00Z"),
                "InvalidPeriod");
        JsonNode withPrimo = JSON.readTree(get(token, "/v1/" + org
                + "/entries?fromDate=2026-01-01T00:00:00Z&toDate=2026-01-31T00:00:00Z").body());
        assertThat(withPrimo.valueStream().filter(e -> e.get("Type").asString().equals("Primo"))
                .filter(e -> e.get("AccountName").asString().equals("Debitorer"))
                .map(e -> e.get("Amount").decimalValue())).singleElement().satisfies(amount -> assertThat(amount)
                        .isEqualByComparingTo("1000.00"));
        JsonNode withoutPrimo = JSON.readTree(get(token, "/v1/" + org
                + "/entries?fromDate=2026-01-01T00:00:00Z&toDate=2026-01-31T00:00:00Z&includePrimo=false").body());
        assertThat(withoutPrimo).isEmpty();
        JsonNode december = JSON.readTree(get(token, "/v1/" + org
                + "/entries?fromDate=2025-12-01T00:00:00Z&toDate=2025-12-31T00:00:00Z&includePrimo=false").body());
        assertThat(december.valueStream().map(e -> e.get("VoucherGuid").asString()).distinct())
                .containsExactly(lastYear.toString());
    }

    @Test
    void entryChangesListExactlyTheEntriesAddedInTheRangeBookingPaymentAndReversalEachInItsOwn() throws Exception {
        Instant booked = clock.instant();
        UUID invoice = bookedInvoice("1000.00", 14);
        BigDecimal openBefore = simulator.document(org, invoice).orElseThrow().remainingAmount();
        clock.advance(Duration.ofHours(1));
        Instant paid = clock.instant();
        UUID payment = simulator.registerPayment(org, invoice, new NewPayment(TODAY, new BigDecimal("300.00"), "Bank"));
        // 23:30 UTC is half past midnight in Copenhagen: the reversal is dated Dinero's next day
        clock.set(TODAY.atTime(23, 30).toInstant(ZoneOffset.UTC));
        Instant deleted = clock.instant();
        simulator.deletePayment(org, invoice, payment);
        clock.advance(Duration.ofMinutes(5));
        String token = accessToken();

        assertThat(changes(token, booked, paid)).extracting(e -> e.get("VoucherType").asString())
                .containsExactly("Invoice", "Invoice", "Invoice");
        List<JsonNode> payments = changes(token, paid, deleted);
        List<JsonNode> reversals = changes(token, deleted, deleted.plusSeconds(1));
        assertThat(payments).hasSize(2).allSatisfy(e -> assertThat(e.get("Date").asString())
                .isEqualTo(TODAY.toString()));
        assertThat(reversals).hasSize(2).allSatisfy(e -> assertThat(e.get("Date").asString())
                .isEqualTo(TODAY.plusDays(1).toString()));
        for (int i = 0; i < 2; i++) {
            assertThat(reversals.get(i).get("AccountNumber").asInt()).isEqualTo(payments.get(i).get("AccountNumber")
                    .asInt());
            assertThat(reversals.get(i).get("Amount").decimalValue())
                    .isEqualByComparingTo(payments.get(i).get("Amount").decimalValue().negate());
            assertThat(reversals.get(i).get("EntryGuid").asString()).isNotEqualTo(payments.get(i).get("EntryGuid")
                    .asString());
        }
        assertThat(changes(token, deleted.plusSeconds(1), clock.instant())).isEmpty();
        List<String> all = changes(token, booked, clock.instant()).stream().map(e -> e.get("EntryGuid").asString())
                .toList();
        List<String> byDate = JSON.readTree(get(token, "/v1/" + org + "/entries?fromDate=2026-01-01T00:00:00Z"
                + "&toDate=2026-12-31T00:00:00Z&includePrimo=false").body()).valueStream()
                .map(e -> e.get("EntryGuid").asString()).toList();
        assertThat(all).as("the original and the reversing entries in both lists").hasSize(7)
                .containsExactlyInAnyOrderElementsOf(byDate);

        DineroDocument after = simulator.document(org, invoice).orElseThrow();
        assertThat(after.remainingAmount()).isEqualByComparingTo(openBefore).isEqualByComparingTo("1250.00");
        assertThat(after.deletedPayments()).singleElement().satisfies(p -> assertThat(p.deletedAt())
                .isEqualTo(deleted));
        JsonNode listed = JSON.readTree(get(token, "/v2/" + org + "/invoices/" + invoice + "/payments").body());
        assertThat(listed.get("Payments")).isEmpty();
        assertThat(listed.get("RemainingAmount").decimalValue()).isEqualByComparingTo("1250.00");
    }

    @Test
    void entryChangesCoverAtMost31DaysAndComeWithTheCurrentYearsPrimoUnlessNot() throws Exception {
        UUID lastYear = simulator.addInvoice(org, new NewInvoice(customer, LocalDate.of(2025, 12, 20), 10, "DKK",
                "Faktura", List.of(DineroLine.of("Ydelse", new BigDecimal("800.00")))));
        simulator.book(org, lastYear);
        Instant now = clock.instant();
        String token = accessToken();
        String path = "/v1/" + org + "/entries/changes";

        assertThat(get(token, path + "?changesFrom=" + now.minus(Duration.ofDays(31)) + "&changesTo=" + now)
                .statusCode()).isEqualTo(200);
        assertBadRequest(get(token, path + "?changesFrom=" + now.minus(Duration.ofDays(31)).minusSeconds(1)
                + "&changesTo=" + now), "InvalidPeriod");
        assertBadRequest(get(token, path + "?changesFrom=" + now + "&changesTo=" + now.minusSeconds(1)),
                "InvalidPeriod");
        assertBadRequest(get(token, path + "?changesFrom=yesterday&changesTo=" + now), "InvalidDate");
        clock.advance(Duration.ofSeconds(1));
        JsonNode defaults = JSON.readTree(get(token, path).body()); // the 31 days up to now, now excluded
        assertThat(defaults.valueStream().filter(e -> e.get("Type").asString().equals("Primo"))
                .filter(e -> e.get("AccountName").asString().equals("Debitorer")))
                .as("the primo of 2026, with what 2025 left on the debtors").singleElement().satisfies(e -> {
                    assertThat(e.get("Amount").decimalValue()).isEqualByComparingTo("1000.00");
                    assertThat(e.get("Date").asString()).isEqualTo("2026-01-01");
                });
        JsonNode withoutPrimo = JSON.readTree(get(token, path + "?changesFrom=" + now.minusSeconds(60)
                + "&changesTo=" + now.plusSeconds(1) + "&includePrimo=false").body());
        assertThat(withoutPrimo.valueStream().map(e -> e.get("Type").asString())).hasSize(3).containsOnly("Normal");
        assertThat(JSON.readTree(get(token, path + "?changesFrom=" + now.plusSeconds(1) + "&changesTo="
                + now.plusSeconds(2)).body())).as("nothing added, so no primo either").isEmpty();
    }

    private List<JsonNode> changes(String token, Instant from, Instant to) throws Exception {
        HttpResponse<String> answer = get(token, "/v1/" + org + "/entries/changes?changesFrom=" + from
                + "&changesTo=" + to + "&includePrimo=false");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body()).valueStream().toList();
    }

    private UUID bookedInvoice(String amountExclVat, int paymentDays) {
        UUID invoice = simulator.addInvoice(org, new NewInvoice(customer, TODAY, paymentDays, "DKK", "Faktura",
                List.of(DineroLine.of("Ydelse", new BigDecimal(amountExclVat)))));
        simulator.book(org, invoice);
        return invoice;
    }

    private String statusOf(UUID invoice) throws Exception {
        for (JsonNode item : items(get(accessToken(), "/v1/" + org + "/invoices?fields=Guid,Status"))) {
            if (item.get("Guid").asString().equals(invoice.toString())) {
                return item.get("Status").asString();
            }
        }
        throw new AssertionError("not listed: " + invoice);
    }

    private String accessToken() throws Exception {
        return JSON.readTree(token(organisation.credentials(), "password").body()).get("access_token").asString();
    }

    private HttpResponse<String> token(DineroCredentials credentials, String grantType) throws Exception {
        String basic = Base64.getEncoder().encodeToString((credentials.clientId() + ":" + credentials.clientSecret())
                .getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(simulator.tokenUrl()).header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=" + grantType + "&scope=read%20write&username="
                        + credentials.apiKey() + "&password=" + credentials.apiKey())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String token, String pathAndQuery) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + pathAndQuery));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> get(String token, String pathAndQuery) throws IOException, InterruptedException {
        return http.send(request(token, pathAndQuery).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode items(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("Collection");
    }

    private static List<String> guids(HttpResponse<String> response) {
        return items(response).valueStream().map(item -> item.get("Guid").asString()).toList();
    }

    private static void assertBadRequest(HttpResponse<String> response, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("code").asString()).isEqualTo(code);
    }

    private static void assertOauthError(HttpResponse<String> response, int status, String error) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(JSON.readTree(response.body()).get("error").asString()).isEqualTo(error);
    }
}
