package org.reskontro.simulator.poweroffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reskontro.shared.CountryCode;
import org.reskontro.shared.OrganisationNumber;
import org.reskontro.testing.MutableClock;

class PowerOfficeDemoDataTests {

    private static final LocalDate ANCHOR = LocalDate.of(2026, 11, 23);
    private static final Instant ANCHOR_START = ANCHOR.atStartOfDay(ZoneId.of("Europe/Oslo")).toInstant();

    private final MutableClock clock = new MutableClock(ANCHOR.atTime(9, 0).toInstant(ZoneOffset.UTC));
    private final List<PowerOfficeSimulator> simulators = new ArrayList<>();

    @AfterEach
    void stopSimulators() {
        simulators.forEach(PowerOfficeSimulator::stop);
    }

    @Test
    void theSameSeedGivesTheSameBooksAndAnotherSeedOtherOnes() {
        PowerOfficeDemoData data = new PowerOfficeDemoData(42, ANCHOR, "Demo AS", "923609016", 60, 400);
        PowerOfficeClient first = data.loadInto(simulator());
        PowerOfficeSimulator again = simulator();
        data.loadInto(again);
        PowerOfficeSimulator other = simulator();
        PowerOfficeClient otherClient = new PowerOfficeDemoData(43, ANCHOR, "Demo AS", "923609016", 60, 400)
                .loadInto(other);

        assertThat(again.invoices(first.id())).isEqualTo(simulators.getFirst().invoices(first.id()));
        assertThat(again.ledger(first.id())).isEqualTo(simulators.getFirst().ledger(first.id()));
        assertThat(again.customers(first.id())).isEqualTo(simulators.getFirst().customers(first.id()));
        assertThat(data.credentials()).isEqualTo(new PowerOfficeDemoData(42, ANCHOR, "x", "1", 1, 0).credentials());
        assertThat(otherClient.id()).isNotEqualTo(first.id());
        assertThat(otherClient.credentials()).isNotEqualTo(first.credentials());
        assertThat(other.invoices(otherClient.id()).stream().map(OutgoingInvoice::totalPosted).toList())
                .isNotEqualTo(simulators.getFirst().invoices(first.id()).stream().map(OutgoingInvoice::totalPosted)
                        .toList());
    }

    @Test
    void theStandardClientHasTheRequestedCountsAndRealisticNorwegianBooks() {
        PowerOfficeSimulator simulator = simulator();
        PowerOfficeClient client = PowerOfficeDemoData.of(2026, ANCHOR, "Fjordlys Elektro AS", "923609016")
                .loadInto(simulator);
        List<PowerOfficeCustomer> customers = simulator.customers(client.id());
        List<OutgoingInvoice> documents = simulator.invoices(client.id());
        List<OutgoingInvoice> invoices = documents.stream().filter(i -> !i.creditNote()).toList();

        assertThat(customers).hasSize(PowerOfficeDemoData.DEFAULT_CUSTOMERS + 1);
        assertThat(customers).filteredOn(PowerOfficeCustomer::archived).hasSize(1);
        assertThat(invoices).hasSize(PowerOfficeDemoData.DEFAULT_INVOICES).allSatisfy(i -> assertThat(i.voucherDate())
                .isBetween(ANCHOR.minusDays(120), ANCHOR.minusDays(1)));
        assertThat(customers).filteredOn(c -> !c.card().person() && "NO".equals(c.card().countryCode()))
                .isNotEmpty().allSatisfy(c -> assertThat(OrganisationNumber.isValid(CountryCode.NO,
                        c.card().organisationNumber())).as(c.card().organisationNumber()).isTrue());
        assertThat(share(customers, c -> c.card().person())).isBetween(0.08, 0.25);
        assertThat(share(customers, c -> !c.card().reminders().equals(ReminderSettings.DEFAULTS))).isBetween(0.04, 0.18);
        assertThat(customers).anyMatch(c -> !c.card().reminders().transferToDebtCollectionAgency())
                .anyMatch(c -> !c.card().reminders().sendPaymentReminders())
                .anyMatch(c -> c.card().reminders().doNotAddLatePaymentFees());
        assertThat(documents).allSatisfy(i -> {
            assertThat(i.currencyCode()).isEqualTo("NOK");
            assertThat(Kid.valid(i.cid())).as(i.cid()).isTrue();
            assertThat(i.cid()).startsWith(String.valueOf(i.customerNo()));
        });
        assertThat(documents.stream().filter(OutgoingInvoice::creditNote).count()).isBetween(30L, 90L);
        assertThat(documents.stream().filter(OutgoingInvoice::reversed).count()).isBetween(1L, 5L);
        assertThat(simulator.ledger(client.id())).filteredOn(LedgerEntry::writeOff).hasSizeBetween(1, 6)
                .allSatisfy(e -> assertThat(e.createdAt()).isBefore(ANCHOR_START));

        long open = invoices.stream().filter(i -> !i.reversed() && simulator.balance(client.id(), i.id()).signum() > 0)
                .count();
        long overdue = invoices.stream().filter(i -> !i.reversed() && i.dueDate().isBefore(ANCHOR)
                && simulator.balance(client.id(), i.id()).signum() > 0).count();
        assertThat(open).isBetween(500L, 1200L);
        assertThat(overdue).isBetween(150L, 700L);
        assertThat(simulator.ledger(client.id())).allSatisfy(e -> assertThat(e.createdAt()).isBefore(ANCHOR_START));
        assertThat(simulator.ledger(client.id())).anyMatch(e -> e.voucherType().equals("IncomingOcrGiro"))
                .anyMatch(e -> e.voucherType().equals("BankJournal"))
                .anyMatch(e -> e.amount().signum() < 0 && e.balance().signum() < 0); // an overpayment's excess
    }

    @Test
    void everyMatchSettlesToWhatItsMembersLeaveOpen() {
        PowerOfficeSimulator simulator = simulator();
        PowerOfficeClient client = new PowerOfficeDemoData(7, ANCHOR, "Match AS", "923609016", 50, 600)
                .loadInto(simulator);
        List<LedgerEntry> ledger = simulator.ledger(client.id());
        ledger.stream().filter(e -> e.matchId() != null).map(LedgerEntry::matchId).distinct().forEach(match -> {
            List<LedgerEntry> members = ledger.stream().filter(e -> match.equals(e.matchId())).toList();
            BigDecimal amounts = members.stream().map(LedgerEntry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal balances = members.stream().map(LedgerEntry::balance).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(members).hasSizeGreaterThan(1);
            assertThat(balances).as("match %d", match).isEqualByComparingTo(amounts);
            assertThat(members.stream().filter(e -> e.balance().signum() != 0).map(e -> e.balance().signum())
                    .distinct().count()).as("only one side stays open").isLessThanOrEqualTo(1);
        });
    }

    private static <T> double share(List<T> items, Predicate<T> which) {
        return (double) items.stream().filter(which).count() / items.size();
    }

    private PowerOfficeSimulator simulator() {
        PowerOfficeSimulator simulator = PowerOfficeSimulator.start(0, clock, 0);
        simulators.add(simulator);
        return simulator;
    }
}
