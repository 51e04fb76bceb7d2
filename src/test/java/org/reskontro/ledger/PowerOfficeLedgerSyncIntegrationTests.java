package org.reskontro.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.shared.FollowUpRestriction;
import org.reskontro.simulator.poweroffice.Fault;
import org.reskontro.simulator.poweroffice.NewCustomer;
import org.reskontro.simulator.poweroffice.NewInvoice;
import org.reskontro.simulator.poweroffice.NewPayment;
import org.reskontro.simulator.poweroffice.OutgoingInvoice;
import org.reskontro.simulator.poweroffice.PowerOfficeClient;
import org.reskontro.simulator.poweroffice.PowerOfficeCustomer;
import org.reskontro.simulator.poweroffice.PowerOfficeSimulator;
import org.reskontro.simulator.poweroffice.ReminderSettings;
import org.reskontro.platform.security.Operators;
import org.reskontro.testing.Http;
import org.reskontro.testing.IntegrationTest;
import org.reskontro.testing.MirrorInvariants;
import org.reskontro.testing.MutableClock;
import org.reskontro.testing.SimulatedPowerOffice;
import org.reskontro.testing.TestCreditors;
import org.reskontro.testing.TestOperators;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A Norwegian creditor's PowerOffice Go books, over real HTTP, into the mirror, with cursors, reconciliation and the
 * customer cards' follow-up settings (S-DUN-6, S-SYNC-10).
 */
@IntegrationTest
class PowerOfficeLedgerSyncIntegrationTests {

    @LocalServerPort int port;
    @Autowired Creditors creditors;
    @Autowired Operators operators;
    @Autowired Ledger ledger;
    @Autowired PowerOfficeSimulator simulator;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    PowerOfficeClient client;
    Creditor creditor;
    LocalDate startDate;

    @BeforeEach
    void aCreditorOnItsOwnSimulatedClient() {
        SimulatedPowerOffice.Connected connected = SimulatedPowerOffice.creditor(creditors, simulator, "Speil AS", 30,
                300, 90);
        client = connected.client();
        creditor = connected.creditor();
        startDate = creditor.startDate();
    }

    @Test
    void aSyncMirrorsExactlyTheOpenDocumentsDatedFromTheStartDateAndReconcilesClean() {
        SyncRun run = sync();

        assertThat(run.status()).as(run.errorMessage()).isEqualTo(SyncRun.Status.SUCCEEDED);
        Map<String, BigDecimal> expected = expectedOpen();
        assertThat(expected).isNotEmpty();
        assertThat(MirrorInvariants.nonZeroOpen(jdbc, creditor.id())).isEqualTo(expected);
        assertThat(ledger.reconciliation(creditor.id(), run.id()).orElseThrow().clean()).isTrue();
        assertThat(ledger.openItems(creditor.id(), null, 10_000)).allSatisfy(item -> {
            assertThat(item.issueDate()).isAfterOrEqualTo(startDate);
            assertThat(item.debtorName()).isNotBlank();
            assertThat(item.open().currency().getCurrencyCode()).isEqualTo("NOK");
        });
        assertThat(jdbc.sql("select count(*) from ledger.customer where creditor_id = ?").param(creditor.id().value())
                .query(Long.class).single()).isEqualTo(31);
    }

    @Test
    void aSecondSyncWithoutChangesWritesNothingAndAsksForNoBalance() {
        sync();
        clock.advance(Duration.ofHours(1));
        SyncRun second = sync();

        assertThat(second.mode()).isEqualTo("DELTA");
        assertThat(second.changesApplied()).isZero();
        assertThat(second.documentsToDetail()).isZero();
        assertThat(second.httpRequests()).as("token, client check, two empty lists").isEqualTo(4);
    }

    @Test
    void aPaymentByKidBecomesARevisionAndItsReversalAReversingPayment() {
        sync();
        OutgoingInvoice open = anOpenInvoice();
        BigDecimal before = simulator.balance(client.id(), open.id());
        BigDecimal part = before.divide(BigDecimal.TWO, 2, RoundingMode.HALF_UP);
        clock.advance(Duration.ofHours(1));
        long payment = simulator.registerPayment(client.id(), open.id(), NewPayment.byKid(simulator.today(), part));

        SyncRun run = sync();
        assertThat(run.documentsToDetail()).isEqualTo(1);
        assertThat(MirrorInvariants.nonZeroOpen(jdbc, creditor.id()).get(open.id().toString())).isEqualByComparingTo(before.subtract(part));
        assertThat(ledger.reconciliation(creditor.id(), run.id()).orElseThrow().clean()).isTrue();

        clock.advance(Duration.ofHours(1));
        simulator.reversePayment(client.id(), payment);
        sync();
        assertThat(MirrorInvariants.nonZeroOpen(jdbc, creditor.id()).get(open.id().toString())).isEqualByComparingTo(before);
        assertThat(jdbc.sql("""
                select count(*) from ledger.payment p join ledger.document d on d.creditor_id = p.creditor_id and d.id = p.document_id
                where p.creditor_id = ? and d.external_id = ? and p.reverses is not null""")
                .params(creditor.id().value(), open.id().toString()).query(Long.class).single())
                .as("the vanished payment is reversed, not deleted").isEqualTo(1);
    }

    @Test
    void aReversedInvoiceIsClosedInTheMirror() {
        sync();
        OutgoingInvoice open = simulator.invoices(client.id()).stream()
                .filter(i -> !i.creditNote() && !i.reversed() && !i.voucherDate().isBefore(startDate)
                        && simulator.ledger(client.id()).stream().noneMatch(e -> e.id() == i.entryId()
                                && e.matchId() != null))
                .findFirst().orElseThrow();
        clock.advance(Duration.ofHours(1));
        simulator.reverseInvoice(client.id(), open.id());

        SyncRun run = sync();
        assertThat(MirrorInvariants.nonZeroOpen(jdbc, creditor.id())).doesNotContainKey(open.id().toString());
        assertThat(jdbc.sql("""
                select o.erp_status from ledger.open_item o join ledger.document d
                  on d.creditor_id = o.creditor_id and d.id = o.document_id where o.creditor_id = ? and d.external_id = ?""")
                .params(creditor.id().value(), open.id().toString()).query(String.class).single()).isEqualTo("DELETED");
        assertThat(ledger.reconciliation(creditor.id(), run.id()).orElseThrow().clean()).isTrue();
    }

    @Test
    void theCustomerCardsFollowUpSettingsAreMirroredAndFollowItsChanges() {
        long customer = simulator.addCustomer(client.id(), NewCustomer.company("Skjermet AS", "986105174")
                .with(ReminderSettings.DEFAULTS.withoutDebtCollection()));
        simulator.sendInvoice(client.id(), NewInvoice.of(customer, simulator.today(), new BigDecimal("900.00")));
        sync();
        assertThat(debtor(customer).erpRestrictions()).containsExactly(FollowUpRestriction.NO_DEBT_COLLECTION);
        assertThat(debtor(customer).followUp()).as("Reskontro's own switch is another thing").isTrue();

        clock.advance(Duration.ofHours(1));
        PowerOfficeCustomer card = simulator.customers(client.id()).stream().filter(c -> c.id() == customer)
                .findFirst().orElseThrow();
        simulator.updateCustomer(client.id(), customer, card.card().with(ReminderSettings.DEFAULTS.withoutReminders()
                .withoutFeesOrInterest()));
        SyncRun delta = sync();

        assertThat(delta.mode()).isEqualTo("DELTA");
        assertThat(debtor(customer).erpRestrictions()).containsExactlyInAnyOrder(FollowUpRestriction.NO_REMINDERS,
                FollowUpRestriction.NO_LATE_FEES, FollowUpRestriction.NO_INTEREST);
        Http user = Http.basic(port, TestOperators.creditorUser(operators, creditor.id()), TestOperators.PASSWORD);
        JsonNode listed = StreamSupport.stream(user.get("/api/v1/creditors/" + creditor.id() + "/debtors").json()
                .spliterator(), false).filter(d -> d.get("debtorId").asString().equals(String.valueOf(customer)))
                .findFirst().orElseThrow();
        assertThat(listed.get("erpRestrictions").toString())
                .isEqualTo("[\"NO_REMINDERS\",\"NO_LATE_FEES\",\"NO_INTEREST\"]");
        long restricted = simulator.customers(client.id()).stream()
                .filter(c -> !c.card().reminders().equals(ReminderSettings.DEFAULTS)).count();
        assertThat(jdbc.sql("""
                select count(*) from ledger.customer where creditor_id = ? and (erp_no_reminders or erp_no_late_fees
                  or erp_no_interest or erp_no_debt_collection or erp_no_automatic_notifications)""")
                .param(creditor.id().value()).query(Long.class).single()).isEqualTo(restricted);
    }

    @Test
    void aConnectionMadeThroughTheApiNamesTheSystemAndMissingKeysAndThenSyncs() {
        Http admin = Http.basic(port, TestOperators.admin(operators), TestOperators.PASSWORD);
        String path = "/api/v1/creditors/" + creditor.id() + "/connection";
        Http.Response missing = admin.put(path, Map.of("system", "poweroffice_go", "organisationId",
                client.organisationNumber(), "credentials", Map.of("applicationKey", "a")));
        assertThat(missing.status()).as("left-out keys keep their stored values").isEqualTo(200);

        Http.Response connected = admin.put(path, Map.of("system", "poweroffice_go", "organisationId",
                client.organisationNumber(), "apiBaseUrl", simulator.baseUrl().toString(), "tokenUrl",
                simulator.tokenUrl().toString(), "credentials", client.credentials().asMap()));
        assertThat(connected.status()).isEqualTo(200);
        assertThat(connected.body()).doesNotContain(client.credentials().clientKey());
        assertThat(connected.json().get("connection").get("system").asString()).isEqualTo("POWEROFFICE_GO");
        assertThat(sync().status()).isEqualTo(SyncRun.Status.SUCCEEDED);

        Creditor fresh = TestCreditors.norwegian(creditors, "Uten Nøkler AS", startDate);
        Http.Response incomplete = admin.put("/api/v1/creditors/" + fresh.id() + "/connection", Map.of("system",
                "poweroffice_go", "organisationId", fresh.organisationNumber().value(), "credentials",
                Map.of("applicationKey", "a")));
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.json().get("errors").has("clientKey")).isTrue();
        assertThat(incomplete.json().get("errors").has("subscriptionKey")).isTrue();
    }

    @Test
    void wrongKeysFailClearlyAndKeepTheLastGoodMirror() {
        sync();
        Map<String, BigDecimal> before = MirrorInvariants.nonZeroOpen(jdbc, creditor.id());
        SimulatedPowerOffice.connect(creditors, simulator, creditor, client, Map.of("clientKey", "not-the-key"));
        clock.advance(Duration.ofHours(1));
        simulator.registerPayment(client.id(), anOpenInvoice().id(), NewPayment.byBank(simulator.today(), BigDecimal.ONE));

        SyncRun failed = sync();
        assertThat(failed.status()).isEqualTo(SyncRun.Status.FAILED);
        assertThat(failed.errorCategory()).isEqualTo("AUTHENTICATION");
        assertThat(failed.errorMessage()).contains("client key").doesNotContain("not-the-key");
        assertThat(MirrorInvariants.nonZeroOpen(jdbc, creditor.id())).isEqualTo(before);
    }

    @Test
    void aMalformedOrTruncatedPageLeavesNothingHalfWrittenAndTheNextSyncCatchesUp() {
        simulator.injectFaults(client.id(), Fault.malformedJson());
        assertThat(sync().errorCategory()).isEqualTo("MALFORMED_RESPONSE");
        assertThat(MirrorInvariants.nonZeroOpen(jdbc, creditor.id())).isEmpty();

        simulator.injectFaults(client.id(), Fault.passThrough(), Fault.passThrough(),
                Fault.truncatedPage());
        SyncRun truncated = sync();
        assertThat(truncated.errorCategory()).as(truncated.errorMessage()).isEqualTo("MALFORMED_RESPONSE");
        assertThat(MirrorInvariants.nonZeroOpen(jdbc, creditor.id())).isEmpty();

        simulator.clearFaults(client.id());
        SyncRun recovered = sync();
        assertThat(recovered.status()).isEqualTo(SyncRun.Status.SUCCEEDED);
        assertThat(MirrorInvariants.nonZeroOpen(jdbc, creditor.id())).isEqualTo(expectedOpen());
        assertThat(ledger.reconciliation(creditor.id(), recovered.id()).orElseThrow().clean()).isTrue();
    }

    private DebtorBalance debtor(long customer) {
        return ledger.debtorBalances(creditor.id(), creditor.timeZone(), 10_000).stream()
                .filter(d -> d.debtorExternalId().equals(String.valueOf(customer))).findFirst().orElseThrow();
    }

    private SyncRun sync() {
        SyncRunId run = ledger.queueSync(creditor.id(), "test");
        ledger.runSync(creditor.id(), run);
        return ledger.syncRun(creditor.id(), run).orElseThrow();
    }

    /** Unreversed documents dated from the start date with money open, signed like the mirror. */
    private Map<String, BigDecimal> expectedOpen() {
        return simulator.invoices(client.id()).stream()
                .filter(i -> !i.reversed() && !i.voucherDate().isBefore(startDate))
                .filter(i -> simulator.balance(client.id(), i.id()).signum() != 0)
                .collect(Collectors.toMap(i -> i.id().toString(),
                        i -> simulator.balance(client.id(), i.id()).stripTrailingZeros()));
    }


    private OutgoingInvoice anOpenInvoice() {
        return simulator.invoices(client.id()).stream()
                .filter(i -> !i.creditNote() && !i.reversed() && !i.voucherDate().isBefore(startDate)
                        && simulator.balance(client.id(), i.id()).signum() > 0)
                .findFirst().orElseThrow();
    }
}
