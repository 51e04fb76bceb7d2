package org.reskontro.charges;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reskontro.charges.rules.InterestCalculator;
import org.reskontro.charges.rules.Tariffs;
import org.reskontro.shared.CountryCode;
import org.reskontro.shared.Money;

/** Properties of the plain-Java interest rule over the seeded tables, for thousands of seeded random periods. */
class InterestCalculatorTests {

    private static final Tariffs TABLES = SeedTables.load();
    private static final LocalDate FIRST = LocalDate.of(2018, 1, 1);
    private static final int SPAN = (int) (LocalDate.of(2026, 6, 30).toEpochDay() - FIRST.toEpochDay());

    @Test
    void interestIsAdditiveOverASplitPeriod() {
        Random random = new Random(20261202);
        for (int i = 0; i < 5_000; i++) {
            CountryCode country = CountryCode.values()[random.nextInt(4)];
            DebtorType debtor = DebtorType.values()[random.nextInt(2)];
            LocalDate due = FIRST.plusDays(random.nextInt(SPAN - 2));
            int length = 2 + random.nextInt((int) Math.min(900, SPAN - (due.toEpochDay() - FIRST.toEpochDay())) - 1);
            LocalDate paid = due.plusDays(length);
            LocalDate mid = due.plusDays(1 + random.nextInt(length - 1));
            Money principal = new Money(BigDecimal.valueOf(random.nextInt(10_000_000), 2), Charges.currency(country));

            Interest whole = interest(country, debtor, principal, due, paid);
            Interest first = interest(country, debtor, principal, due, mid);
            Interest second = interest(country, debtor, principal, mid, paid);

            assertThat(first.days() + second.days()).as("days %s %s→%s→%s", country, due, mid, paid)
                    .isEqualTo(whole.days());
            assertThat(exact(first).add(exact(second)).subtract(exact(whole)).abs())
                    .as("exact interest %s %s→%s→%s", country, due, mid, paid)
                    .isLessThan(new BigDecimal("1E-20"));
            // Rounding happens once, so the parts' rounded sum is off by at most one minor unit per part.
            assertThat(first.amount().plus(second.amount()).minus(whole.amount()).amount().abs())
                    .isLessThanOrEqualTo(new BigDecimal("0.01"));
        }
    }

    @Test
    void segmentsNeverCrossAHalfYearAndAddUpToTheTotal() {
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            CountryCode country = CountryCode.values()[random.nextInt(4)];
            LocalDate due = FIRST.plusDays(random.nextInt(SPAN - 800));
            LocalDate paid = due.plusDays(random.nextInt(800));
            Money principal = new Money(BigDecimal.valueOf(random.nextInt(1_000_000), 2), Charges.currency(country));
            Interest interest = interest(country, DebtorType.BUSINESS, principal, due, paid);
            for (Interest.Segment s : interest.segments()) {
                assertThat(s.firstDay().getYear()).isEqualTo(s.lastDay().getYear());
                assertThat(s.firstDay().getMonthValue() <= 6).isEqualTo(s.lastDay().getMonthValue() <= 6);
            }
            assertThat(interest.amount().amount())
                    .isEqualByComparingTo(exact(interest).setScale(2, java.math.RoundingMode.HALF_UP));
        }
    }

    @Test
    void interestGrowsWithTimeAndPrincipalAndIsZeroOnTheDueDate() {
        Money principal = Money.of("5000.00", "NOK");
        LocalDate due = LocalDate.of(2023, 3, 15);
        assertThat(interest(CountryCode.NO, DebtorType.CONSUMER, principal, due, due).amount().isZero()).isTrue();
        Money previous = Money.zero(principal.currency());
        for (int day = 1; day < 400; day += 13) {
            Money now = interest(CountryCode.NO, DebtorType.CONSUMER, principal, due, due.plusDays(day)).amount();
            assertThat(now).isGreaterThan(previous);
            previous = now;
        }
        Money doubled = interest(CountryCode.NO, DebtorType.CONSUMER, Money.of("10000.00", "NOK"), due,
                due.plusDays(100)).amount();
        assertThat(doubled.amount().subtract(interest(CountryCode.NO, DebtorType.CONSUMER, principal, due,
                due.plusDays(100)).amount().amount().multiply(BigDecimal.TWO)).abs())
                .isLessThanOrEqualTo(new BigDecimal("0.01"));
    }

    @Test
    void danishThirtyDayMonthsCountTheThirtyFirstAsTheThirtieth() {
        // 30E/360: 31 January to 28 February is 28 days; 28 February to 31 March is 32 days (30 - 28 + 30).
        assertThat(DayCount.E30_360.days(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 28))).isEqualTo(28);
        assertThat(DayCount.E30_360.days(LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 31))).isEqualTo(32);
        assertThat(DayCount.ACT_ACT_YEAR.yearDays(LocalDate.of(2024, 2, 29))).isEqualTo(366);
        assertThat(DayCount.ACT_ACT_YEAR.yearDays(LocalDate.of(2025, 2, 28))).isEqualTo(365);
    }

    private static Interest interest(CountryCode country, DebtorType debtor, Money principal, LocalDate due,
                                     LocalDate paid) {
        return InterestCalculator.interest(TABLES, country, debtor, principal, due, paid);
    }

    private static BigDecimal exact(Interest interest) {
        return interest.segments().stream().map(s -> s.exactAmount(interest.principal()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
