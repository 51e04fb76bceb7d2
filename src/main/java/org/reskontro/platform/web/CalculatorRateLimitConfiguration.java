package org.reskontro.platform.web;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The limiter is a bean; its filter is not, so that only the API security chain runs it (once, after the firewall). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalculatorRateLimitProperties.class)
class CalculatorRateLimitConfiguration {

    @Bean
    ClientRateLimiter calculatorRateLimiter(CalculatorRateLimitProperties limit, Clock clock) {
        return new ClientRateLimiter(clock, limit.capacity(), limit.refillPerMinute(), limit.maxClients());
    }
}
