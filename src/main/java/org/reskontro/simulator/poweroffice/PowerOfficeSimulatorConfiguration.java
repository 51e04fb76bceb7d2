package org.reskontro.simulator.poweroffice;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Runs the PowerOffice Go simulator as a bean when {@code reskontro.simulator.poweroffice.enabled=true}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("reskontro.simulator.poweroffice.enabled")
@EnableConfigurationProperties(PowerOfficeSimulatorProperties.class)
class PowerOfficeSimulatorConfiguration {

    @Bean(destroyMethod = "stop")
    PowerOfficeSimulator powerOfficeSimulator(PowerOfficeSimulatorProperties properties, Clock clock) {
        return PowerOfficeSimulator.start(properties.port(), clock, properties.rateLimitPerSecond());
    }
}
