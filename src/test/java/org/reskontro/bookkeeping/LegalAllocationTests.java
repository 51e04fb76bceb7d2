package org.reskontro.bookkeeping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reskontro.bookkeeping.LegalAllocation.Part;
import org.reskontro.shared.Money;

class LegalAllocationTests {

    @ParameterizedTest(name = "paid {0} of 1000 + interest 25.50 + costs 100 → costs {1}, interest {2}, principal {3}")
    @CsvSource({
            "0, 100.00, 25.50, 1000.00",
            "60, 40.00, 25.50, 1000.00",
            "100, 0.00, 25.50, 1000.00",
            "110, 0.00, 15.50, 1000.00",
            "125.50, 0.00, 0.00, 1000.00",
            "1000, 0.00, 0.00, 125.50",
            "1125.50, 0.00, 0.00, 0.00",
            "1200, 0.00, 0.00, 0.00"
    })
    void costsThenInterestThenPrincipal(String paid, String costs, String interest, String principal) {
        LegalAllocation.Split split = LegalAllocation.allocate(dkk("1000.00"), dkk("25.50"), dkk("100.00"), dkk(paid),
                LegalAllocation.DEFAULT_ORDER);

        assertThat(split.costsOwed().sameAs(dkk(costs))).as("costs %s", split.costsOwed()).isTrue();
        assertThat(split.interestOwed().sameAs(dkk(interest))).as("interest %s", split.interestOwed()).isTrue();
        assertThat(split.principalOwed().sameAs(dkk(principal))).as("principal %s", split.principalOwed()).isTrue();
    }

    @Test
    void anAgreedOrderIsFollowed() {
        LegalAllocation.Split split = LegalAllocation.allocate(dkk("1000"), dkk("20"), dkk("100"), dkk("1000"),
                List.of(Part.PRINCIPAL, Part.INTEREST, Part.COSTS));

        assertThat(split.principalOwed().isZero()).isTrue();
        assertThat(split.total().sameAs(dkk("120"))).isTrue();
    }

    @Test
    void moneyIsConservedAndNoPartGoesBelowZero() {
        Random random = new Random(20261202);
        for (int i = 0; i < 5_000; i++) {
            Money principal = cents(random, 500_000);
            Money interest = cents(random, 20_000);
            Money costs = cents(random, 10_000);
            Money paid = cents(random, 600_000);
            LegalAllocation.Split split = LegalAllocation.allocate(principal, interest, costs, paid,
                    LegalAllocation.DEFAULT_ORDER);
            Money owedBefore = principal.plus(interest).plus(costs);
            Money covered = owedBefore.minus(split.total());
            assertThat(covered.compareTo(paid)).as("never covers more than was paid").isLessThanOrEqualTo(0);
            assertThat(covered.sameAs(paid) || split.total().isZero()).as("covers all it can").isTrue();
            for (Money part : List.of(split.costsOwed(), split.interestOwed(), split.principalOwed())) {
                assertThat(part.amount().signum()).isGreaterThanOrEqualTo(0);
            }
            if (!split.principalOwed().isZero() && split.principalOwed().compareTo(principal) < 0) {
                assertThat(split.costsOwed().isZero() && split.interestOwed().isZero())
                        .as("the principal is touched only after costs and interest").isTrue();
            }
        }
    }

    @Test
    void aNegativePaymentIsRefused() {
        assertThatThrownBy(() -> LegalAllocation.allocate(dkk("1"), dkk("0"), dkk("0"), dkk("-1"),
                LegalAllocation.DEFAULT_ORDER)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Money cents(Random random, int max) {
        return new Money(BigDecimal.valueOf(random.nextInt(max), 2), java.util.Currency.getInstance("DKK"));
    }

    private static Money dkk(String amount) {
        return Money.of(amount, "DKK");
    }
}
