package org.reskontro.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.ledger.Ledger;
import org.reskontro.platform.security.Operators;
import org.reskontro.platform.security.Role;
import org.reskontro.shared.AccountingSystemKind;
import org.reskontro.shared.CountryCode;
import org.reskontro.shared.OrganisationNumber;
import org.reskontro.simulator.dinero.DineroSimulator;
import org.reskontro.simulator.poweroffice.PowerOfficeSimulator;
import org.reskontro.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class DemoSetupIntegrationTests {

    @Autowired DemoSetup demo;
    @Autowired Creditors creditors;
    @Autowired Operators operators;
    @Autowired Ledger ledger;
    @Autowired DineroSimulator dinero;
    @Autowired PowerOfficeSimulator powerOffice;

    @Test
    void installsTwoDanishAndTwoNorwegianCreditorsOnTheSimulatorsWithTheirUsersAndAFirstSyncAndIsIdempotent() {
        List<Creditor> installed = demo.install();
        List<Creditor> again = demo.install();

        assertThat(installed).extracting(Creditor::name).containsExactly("Hygge Handel ApS", "Nordlys Design A/S",
                "Fjordlys Elektro AS", "Nordkapp Sjømat AS");
        assertThat(again).extracting(Creditor::id).containsExactlyElementsOf(installed.stream().map(Creditor::id).toList());
        for (Creditor creditor : installed) {
            assertThat(OrganisationNumber.isValid(creditor.country(), creditor.organisationNumber().value())).isTrue();
            assertThat(ledger.recentSyncs(creditor.id(), 10)).as("one initial load, not one per install").hasSize(1);
        }
        for (Creditor danish : installed.subList(0, 2)) {
            assertThat(danish.country()).isEqualTo(CountryCode.DK);
            assertThat(danish.connection().system()).isEqualTo(AccountingSystemKind.DINERO);
            assertThat(danish.connection().apiBaseUrl()).isEqualTo(dinero.baseUrl());
            assertThat(creditors.access(danish.id()).orElseThrow().credentials())
                    .containsKeys("clientId", "clientSecret", "apiKey");
        }
        for (Creditor norwegian : installed.subList(2, 4)) {
            assertThat(norwegian.country()).isEqualTo(CountryCode.NO);
            assertThat(norwegian.currency().getCurrencyCode()).isEqualTo("NOK");
            assertThat(norwegian.timeZone().getId()).isEqualTo("Europe/Oslo");
            assertThat(norwegian.connection().system()).isEqualTo(AccountingSystemKind.POWEROFFICE_GO);
            assertThat(norwegian.connection().apiBaseUrl()).isEqualTo(powerOffice.baseUrl());
            assertThat(norwegian.connection().organisationId()).isEqualTo(norwegian.organisationNumber().value());
            assertThat(creditors.access(norwegian.id()).orElseThrow().credentials())
                    .containsKeys("applicationKey", "clientKey", "subscriptionKey");
        }
        assertThat(operators.find("demo").orElseThrow().role()).isEqualTo(Role.AGENCY_ADMIN);
        List<String> users = List.of("hygge", "nordlys", "fjord", "nordkapp");
        for (int i = 0; i < users.size(); i++) {
            assertThat(operators.find(users.get(i)).orElseThrow().creditor()).isEqualTo(installed.get(i).id());
        }
    }
}
