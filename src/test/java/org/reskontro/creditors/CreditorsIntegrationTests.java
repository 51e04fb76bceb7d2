package org.reskontro.creditors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reskontro.shared.AccountingSystemKind;
import org.reskontro.testing.IntegrationTest;
import org.reskontro.testing.TestCreditors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class CreditorsIntegrationTests {

    @Autowired
    Creditors creditors;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyFieldIsCheckedAndEachProblemNamed() {
        assertThatThrownBy(() -> creditors.register(new NewCreditor(" ", "DK", "31250006", "XXX", "Mars/Olympus", null)))
                .isInstanceOfSatisfying(InvalidCreditorException.class, e -> assertThat(e.problems())
                        .containsOnlyKeys("name", "organisationNumber", "currency", "timeZone", "startDate"));
    }

    @Test
    void credentialsAreEncryptedAtRestAndNeverShown() {
        Creditor creditor = TestCreditors.danish(creditors, "Sealed ApS", LocalDate.of(2026, 1, 1));
        creditors.connect(creditor.id(), new ConnectionSettings(AccountingSystemKind.DINERO, "", "", "4711",
                Map.of("clientId", "client-abc", "clientSecret", "secret-def", "apiKey", "key-ghi")));

        String stored = jdbc.sql("select credentials_encrypted from creditors.erp_connection where creditor_id = ?")
                .param(creditor.id().value()).query(String.class).single();
        assertThat(stored).startsWith("v1:").doesNotContain("client-abc", "secret-def", "key-ghi");
        assertThat(creditors.access(creditor.id()).orElseThrow().credentials())
                .containsEntry("apiKey", "key-ghi").containsEntry("clientSecret", "secret-def");
        assertThat(creditors.access(creditor.id()).orElseThrow().toString()).doesNotContain("key-ghi");

        Creditor reloaded = creditors.get(creditor.id()).orElseThrow();
        assertThat(reloaded.connection().credentialsSet()).containsExactlyInAnyOrder("clientId", "clientSecret", "apiKey");
        assertThat(reloaded.connection().apiBaseUrl()).isEqualTo(AccountingSystemKind.DINERO.defaultApiBaseUrl());
        assertThat(reloaded.connection().tokenUrl()).isEqualTo(AccountingSystemKind.DINERO.defaultTokenUrl());
    }

    @Test
    void aBlankCredentialKeepsTheStoredOneAndUrlsCanPointElsewhere() {
        Creditor creditor = TestCreditors.danish(creditors, "Kept ApS", LocalDate.of(2026, 1, 1));
        creditors.connect(creditor.id(), new ConnectionSettings(AccountingSystemKind.DINERO, null, null, "1",
                Map.of("clientId", "a", "clientSecret", "b", "apiKey", "c")));
        creditors.connect(creditor.id(), new ConnectionSettings(AccountingSystemKind.DINERO,
                "http://127.0.0.1:9999", "http://127.0.0.1:9999/token", "2", Map.of("apiKey", "", "clientId", "new")));

        ErpAccess access = creditors.access(creditor.id()).orElseThrow();
        assertThat(access.credentials()).containsEntry("clientId", "new").containsEntry("apiKey", "c");
        assertThat(access.apiBaseUrl()).hasToString("http://127.0.0.1:9999");
        assertThat(access.organisationId()).isEqualTo("2");
    }

    @Test
    void aConnectionWithoutItsCredentialsIsRefused() {
        Creditor creditor = TestCreditors.danish(creditors, "Bare ApS", LocalDate.of(2026, 1, 1));
        assertThatThrownBy(() -> creditors.connect(creditor.id(), new ConnectionSettings(AccountingSystemKind.DINERO,
                "ftp://nowhere", null, "", Map.of())))
                .isInstanceOfSatisfying(InvalidCreditorException.class, e -> assertThat(e.problems())
                        .containsKeys("apiBaseUrl", "organisationId", "clientId", "clientSecret", "apiKey"));
    }

    @Test
    void aSecondCreditorWithTheSameOrganisationNumberIsRefused() {
        Creditor first = TestCreditors.danish(creditors, "First ApS", LocalDate.of(2026, 1, 1));
        assertThatThrownBy(() -> creditors.register(new NewCreditor("Second", "DK", first.organisationNumber().value(),
                "DKK", "Europe/Copenhagen", LocalDate.of(2026, 1, 1))))
                .isInstanceOfSatisfying(InvalidCreditorException.class,
                        e -> assertThat(e.problems()).containsKey("organisationNumber"));
    }
}
