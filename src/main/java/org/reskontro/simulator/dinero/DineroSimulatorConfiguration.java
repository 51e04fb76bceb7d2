package org.reskontro.simulator.dinero;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Runs the Dinero simulator as a bean when {@code reskontro.simulator.dinero.enabled=true}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("reskontro.simulator.dinero.enabled")
@EnableConfigurationProperties(DineroSimulatorProperties.class)
class DineroSimulatorConfiguration {

    @Bean(destroyMethod = "stop")
    DineroSimulator dineroSimulator(DineroSimulatorProperties properties, Clock clock) {
        return DineroSimulator.start(properties.port(), clock, properties.rateLimitPerMinute());
    }
}
