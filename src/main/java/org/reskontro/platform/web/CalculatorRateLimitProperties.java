package org.reskontro.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The per-client limit on the anonymous calculators.
 *
 * @param capacity        requests a client may send in one burst
 * @param refillPerMinute requests a client may send per minute in the long run
 * @param maxClients      clients remembered at once; beyond it the one seen longest ago starts afresh
 */
@ConfigurationProperties("reskontro.calculators.rate-limit")
public record CalculatorRateLimitProperties(
        @DefaultValue("600") int capacity,
        @DefaultValue("600") int refillPerMinute,
        @DefaultValue("10000") int maxClients) {
}
