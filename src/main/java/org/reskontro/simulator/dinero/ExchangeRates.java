package org.reskontro.simulator.dinero;

import java.math.BigDecimal;
import java.util.Map;

/** Fixed rates, in Dinero's notation: DKK per 100 units of the currency. */
final class ExchangeRates {

    private static final Map<String, BigDecimal> DKK_PER_100 = Map.of("DKK", new BigDecimal("100.00"), "EUR",
            new BigDecimal("745.80"), "SEK", new BigDecimal("68.20"), "NOK", new BigDecimal("64.90"), "USD",
            new BigDecimal("689.50"), "GBP", new BigDecimal("866.40"));

    private ExchangeRates() {
    }

    static BigDecimal dkkPer100(String currency) {
        BigDecimal rate = DKK_PER_100.get(currency);
        if (rate == null) {
            throw new IllegalArgumentException("The simulator has no exchange rate for " + currency
                    + "; use one of " + DKK_PER_100.keySet());
        }
        return rate;
    }
}
