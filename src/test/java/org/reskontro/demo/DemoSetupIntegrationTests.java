package org.reskontro.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.ledger.Ledger;
import org.reskontro.platform.security.Operators;
import org.reskontro.platform.security.Role;
import org.reskontro.shared.CountryCode;
import org.reskontro.shared.OrganisationNumber;
import org.reskontro.simulator.dinero.DineroSimulator;
import org.reskontro.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class DemoSetupIntegrationTests {

    @Autowired DemoSetup demo;
    @Autowired Creditors creditors;
    @Autowired Operators operators;
    @Autowired Ledger ledger;
    @Autowired DineroSimulator simulator;

    @Test
    void installsTwoDanishCreditorsOnTheSimulatorWithTheirUsersAndAFirstSyncAndIsIdempotent() {
        List<Creditor> installed = demo.install();
        List<Creditor> again = demo.install();

        assertThat(installed).hasSize(2).extracting(Creditor::name).containsExactly("Hygge Handel ApS", "Nordlys Design A/S");
        assertThat(again).extracting(Creditor::id).containsExactlyElementsOf(installed.stream().map(Creditor::id).toList());
        for (Creditor creditor : installed) {
            assertThat(OrganisationNumber.isValid(CountryCode.DK, creditor.organisationNumber().value())).isTrue();
            assertThat(creditor.connection().apiBaseUrl()).isEqualTo(simulator.baseUrl());
            assertThat(creditors.access(creditor.id()).orElseThrow().credentials()).containsKeys("clientId", "clientSecret", "apiKey");
            assertThat(ledger.recentSyncs(creditor.id(), 10)).as("one initial load, not one per install").hasSize(1);
        }
        assertThat(operators.find("demo").orElseThrow().role()).isEqualTo(Role.AGENCY_ADMIN);
        assertThat(operators.find("hygge").orElseThrow().creditor()).isEqualTo(installed.get(0).id());
        assertThat(operators.find("nordlys").orElseThrow().creditor()).isEqualTo(installed.get(1).id());
    }
}
