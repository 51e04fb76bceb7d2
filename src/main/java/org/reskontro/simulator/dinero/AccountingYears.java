package org.reskontro.simulator.dinero;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;

/**
 * The simulator's accounting years: calendar years, from the year of the earliest booked voucher (or payment) to the
 * current one. GET /v1/{org}/accountingyears lists them as AccountingYearReadModel.
 */
final class AccountingYears {

    record Year(String name, LocalDate from, LocalDate to) {

        boolean contains(LocalDate date) {
            return !date.isBefore(from) && !date.isAfter(to);
        }
    }

    private AccountingYears() {
    }

    /** From the year of the earliest booked voucher or payment (kept by the books as they change) to today's. */
    static List<Year> of(OrganisationBooks books, LocalDate today) {
        int first = Math.min(today.getYear(), books.firstBookedYear());
        List<Year> years = new ArrayList<>();
        for (int year = first; year <= today.getYear(); year++) {
            years.add(new Year(String.valueOf(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        }
        return List.copyOf(years);
    }

    static Optional<Year> containing(List<Year> years, LocalDate date) {
        return years.stream().filter(y -> y.contains(date)).findFirst();
    }

    static ApiResponse list(OrganisationBooks books, LocalDate today) {
        ArrayNode body = SimulatorJson.MAPPER.createArrayNode();
        for (Year year : of(books, today)) {
            body.addObject().put("Name", year.name()).put("FromDate", year.from().toString())
                    .put("ToDate", year.to().toString()).put("SalarySumTaxStateEnum", "None");
        }
        return ApiResponse.json(200, body);
    }
}
