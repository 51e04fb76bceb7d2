package org.reskontro.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTests {

    @Test
    void roundsHalfUpToTheCurrencyMinorUnitInOnePlace() {
        assertThat(Money.of("10.005", "DKK").rounded().amount()).isEqualByComparingTo("10.01");
        assertThat(Money.of("10.004", "DKK").rounded().amount()).isEqualByComparingTo("10.00");
        assertThat(Money.of("-10.005", "DKK").rounded().amount()).isEqualByComparingTo("-10.01");
    }

    @Test
    void arithmeticIsExact() {
        Money sum = Money.of("0.1", "DKK").plus(Money.of("0.2", "DKK"));
        assertThat(sum.sameAs(Money.of("0.3", "DKK"))).isTrue();
        assertThat(Money.of("100.0", "DKK").sameAs(Money.of("100.00", "DKK"))).isTrue();
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "DKK").plus(Money.of("1", "EUR")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DKK").hasMessageContaining("EUR");
    }
}
