package org.reskontro.simulator.poweroffice;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code reskontro.simulator.poweroffice.*}: whether the simulator runs inside the application, on which port of
 * 127.0.0.1 (0: a free one) and with which throttle (requests a second per subscription key; 0: off).
 */
@ConfigurationProperties("reskontro.simulator.poweroffice")
record PowerOfficeSimulatorProperties(boolean enabled, Integer port, Integer rateLimitPerSecond) {

    PowerOfficeSimulatorProperties {
        port = port == null ? 8090 : port;
        rateLimitPerSecond = rateLimitPerSecond == null ? PowerOfficeSimulator.DEFAULT_RATE_LIMIT_PER_SECOND
                : rateLimitPerSecond;
    }
}
