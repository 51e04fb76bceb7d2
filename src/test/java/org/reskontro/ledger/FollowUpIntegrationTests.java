package org.reskontro.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.platform.security.Operators;
import org.reskontro.simulator.dinero.DineroSimulator;
import org.reskontro.testing.Http;
import org.reskontro.testing.IntegrationTest;
import org.reskontro.testing.SimulatedDinero;
import org.reskontro.testing.TestCreditors;
import org.reskontro.testing.TestOperators;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** S-SYNC-10: follow-up is switched per debtor, and survives later syncs. */
@IntegrationTest
class FollowUpIntegrationTests {

    @LocalServerPort int port;
    @Autowired Creditors creditors;
    @Autowired Operators operators;
    @Autowired Ledger ledger;
    @Autowired DineroSimulator simulator;

    @Test
    void aDebtorsFollowUpIsSwitchedOffThroughTheApiAndStaysOffAfterTheNextSync() {
        Creditor creditor = SimulatedDinero.creditor(creditors, simulator, "Switch ApS", 20, 150, 100).creditor();
        sync(creditor);
        DebtorBalance debtor = ledger.debtorBalances(creditor.id(), creditor.timeZone(), 10).getFirst();
        assertThat(debtor.followUp()).isTrue();

        Http user = Http.basic(port, TestOperators.creditorUser(operators, creditor.id()), TestOperators.PASSWORD);
        String path = "/api/v1/creditors/" + creditor.id() + "/debtors/" + debtor.debtorExternalId() + "/follow-up";
        assertThat(user.put(path, Map.of("followUp", false)).status()).isEqualTo(204);
        sync(creditor);

        assertThat(ledger.debtorBalances(creditor.id(), creditor.timeZone(), 1000).stream()
                .filter(b -> b.debtorExternalId().equals(debtor.debtorExternalId())))
                .allSatisfy(b -> assertThat(b.followUp()).isFalse());
        assertThat(user.put("/api/v1/creditors/" + creditor.id() + "/debtors/nobody/follow-up", Map.of("followUp", true))
                .status()).isEqualTo(404);
        assertThat(user.put(path, "{}").status()).isEqualTo(400);

        Creditor other = TestCreditors.danish(creditors, "Other Switch ApS", simulator.today());
        assertThat(user.put("/api/v1/creditors/" + other.id() + "/debtors/" + debtor.debtorExternalId() + "/follow-up",
                Map.of("followUp", true)).status()).isEqualTo(404);
    }

    private void sync(Creditor creditor) {
        SyncRunId run = ledger.queueSync(creditor.id(), "test");
        ledger.runSync(creditor.id(), run);
        assertThat(ledger.syncRun(creditor.id(), run).orElseThrow().status()).isEqualTo(SyncRun.Status.SUCCEEDED);
    }
}
