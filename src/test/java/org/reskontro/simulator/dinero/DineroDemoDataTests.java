package org.reskontro.simulator.dinero;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reskontro.shared.CountryCode;
import org.reskontro.shared.OrganisationNumber;
import org.reskontro.testing.MutableClock;

class DineroDemoDataTests {

    private static final LocalDate ANCHOR = LocalDate.of(2026, 11, 23);
    private static final Instant ANCHOR_START = ANCHOR.atStartOfDay(ZoneId.of("Europe/Copenhagen")).toInstant();

    private final MutableClock clock = new MutableClock(ANCHOR.atTime(9, 0).toInstant(ZoneOffset.UTC));
    private final List<DineroSimulator> simulators = new ArrayList<>();

    @AfterEach
    void stopSimulators() {
        simulators.forEach(DineroSimulator::stop);
    }

    @Test
    void theSameSeedGivesTheSameOrganisationAndAnotherSeedAnotherOne() {
        DineroDemoData data = new DineroDemoData(42, ANCHOR, "Demo ApS", 60, 400);
        int first = data.loadInto(simulator()).id();

        DineroSimulator a = simulators.getFirst();
        DineroSimulator b = simulator();
        data.loadInto(b);
        DineroSimulator c = simulator();
        DineroOrganisation other = new DineroDemoData(43, ANCHOR, "Demo ApS", 60, 400).loadInto(c);

        assertThat(b.documents(first)).isEqualTo(a.documents(first));
        assertThat(b.contacts(first)).isEqualTo(a.contacts(first));
        assertThat(data.credentials()).isEqualTo(new DineroDemoData(42, ANCHOR, "x", 1, 0).credentials());
        assertThat(other.id()).isNotEqualTo(first);
        assertThat(other.credentials()).isNotEqualTo(data.credentials());
        assertThat(c.documents(other.id()).stream().map(DineroDocument::totalInclVat).toList())
                .isNotEqualTo(a.documents(first).stream().map(DineroDocument::totalInclVat).toList());
    }

    @Test
    void theStandardOrganisationHasTheRequestedCountsAndRealisticShares() {
        DineroSimulator simulator = simulator();
        DineroOrganisation organisation = DineroDemoData.of(2026, ANCHOR, "Nordlys Regnskab ApS").loadInto(simulator);
        LocalDate today = simulator.today();
        List<DineroContact> contacts = simulator.contacts(organisation.id());
        List<DineroDocument> documents = simulator.documents(organisation.id());
        List<DineroDocument> invoices = documents.stream()
                .filter(d -> d.kind() == DineroDocumentKind.INVOICE && d.booked() && !d.deleted()).toList();

        assertThat(contacts.stream().filter(c -> !c.deleted())).hasSize(DineroDemoData.DEFAULT_CONTACTS);
        assertThat(contacts.stream().filter(DineroContact::deleted)).hasSize(1);
        assertThat(invoices).hasSize(DineroDemoData.DEFAULT_INVOICES).allSatisfy(d -> assertThat(d.date())
                .isBetween(ANCHOR.minusDays(120), ANCHOR.minusDays(1)));
        assertThat(share(contacts, DineroContact::person)).isBetween(0.05, 0.25);
        assertThat(contacts).anyMatch(c -> c.creditor() && !c.debitor());
        assertThat(contacts).extracting(DineroContact::paymentDays).containsOnly(8, 14, 30);

        long creditNotes = documents.stream().filter(d -> d.kind() == DineroDocumentKind.CREDIT_NOTE && d.booked())
                .count();
        assertThat(creditNotes).isBetween(30L, 90L);
        long drafts = documents.stream().filter(d -> !d.booked() && !d.deleted()).count();
        assertThat(drafts).isBetween(3L, 9L);
        assertThat(documents.stream().filter(DineroDocument::deleted).count()).isBetween(3L, 6L);
        assertThat(documents).anyMatch(d -> d.deleted() && d.booked());

        assertThat(share(invoices, d -> d.status(today) == DineroStatus.PAID)).isBetween(0.55, 0.85);
        assertThat(share(invoices, d -> d.status(today) == DineroStatus.OVERDUE)).isBetween(0.05, 0.20);
        assertThat(share(invoices, d -> d.status(today) == DineroStatus.BOOKED)).isBetween(0.05, 0.30);
        assertThat(invoices.stream().filter(d -> d.status(today) == DineroStatus.OVERPAID).count()).isBetween(5L, 80L);
        assertThat(invoices).anyMatch(d -> d.paidAmount().signum() > 0 && d.remainingAmount().signum() > 0);
        assertThat(share(invoices, d -> d.currency().equals("EUR"))).isBetween(0.01, 0.15);
    }

    @Test
    void everyDanishCompanyHasAValidCvrNumberAndPersonsHaveNone() {
        DineroSimulator simulator = simulator();
        DineroOrganisation organisation = DineroDemoData.of(5, ANCHOR, "Kontrol ApS").loadInto(simulator);
        List<DineroContact> contacts = simulator.contacts(organisation.id());

        assertThat(contacts).filteredOn(c -> !c.person() && c.countryKey().equals("DK")).hasSizeGreaterThan(200)
                .allSatisfy(c -> assertThat(OrganisationNumber.isValid(CountryCode.DK, c.vatNumber()))
                        .as(c.name() + " " + c.vatNumber()).isTrue());
        assertThat(contacts).filteredOn(c -> !c.person() && c.countryKey().equals("DK"))
                .extracting(DineroContact::vatNumber).doesNotHaveDuplicates();
        assertThat(contacts).filteredOn(DineroContact::person).isNotEmpty()
                .allSatisfy(c -> assertThat(c.vatNumber()).isNull());
        assertThat(contacts).filteredOn(c -> !c.countryKey().equals("DK")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.vatNumber()).matches("DE\\d{9}|SE\\d{10}01"));
    }

    @Test
    void amountsAreDanishAndNothingHappensOnOrAfterTheAnchorDate() {
        DineroSimulator simulator = simulator();
        DineroOrganisation organisation = new DineroDemoData(9, ANCHOR, "Moms ApS", 80, 600).loadInto(simulator);
        List<DineroDocument> documents = simulator.documents(organisation.id());
        Map<UUID, String> countries = simulator.contacts(organisation.id()).stream()
                .collect(Collectors.toMap(DineroContact::guid, DineroContact::countryKey));

        assertThat(documents).allSatisfy(d -> {
            assertThat(d.totalExclVat().scale()).isEqualTo(2);
            BigDecimal vat = d.totalInclVat().subtract(d.totalExclVat());
            if (countries.get(d.contactGuid()).equals("DK")) {
                assertThat(vat).isCloseTo(d.totalExclVat().multiply(new BigDecimal("0.25")),
                        within(new BigDecimal("0.03")));
            } else {
                assertThat(vat).as("EU reverse charge").isZero();
                assertThat(d.currency()).isEqualTo("EUR");
            }
            assertThat(d.totalInclVat()).isPositive();
            Stream.of(d.createdAt(), d.updatedAt()).forEach(t -> assertThat(t).isBefore(ANCHOR_START));
            d.payments().forEach(p -> assertThat(p.date()).isBefore(ANCHOR).isAfterOrEqualTo(d.date()));
            if (d.kind() == DineroDocumentKind.INVOICE) {
                assertThat(d.paymentDate().toEpochDay() - d.date().toEpochDay()).isIn(8L, 14L, 30L);
            }
        });
        assertThat(documents).filteredOn(d -> d.booked() && d.kind() == DineroDocumentKind.INVOICE)
                .extracting(DineroDocument::number).doesNotHaveDuplicates();
    }

    private DineroSimulator simulator() {
        DineroSimulator simulator = DineroSimulator.start(0, clock, 0);
        simulators.add(simulator);
        return simulator;
    }

    private static <T> double share(List<T> items, Predicate<T> test) {
        return (double) items.stream().filter(test).count() / items.size();
    }
}
