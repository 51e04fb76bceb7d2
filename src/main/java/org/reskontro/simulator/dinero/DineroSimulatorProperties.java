package org.reskontro.simulator.dinero;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code reskontro.simulator.dinero.*}: whether the simulator runs inside the application, on which port of
 * 127.0.0.1 (0: a free one) and with which rate limit (requests a minute per organisation; 0: off).
 */
@ConfigurationProperties("reskontro.simulator.dinero")
record DineroSimulatorProperties(boolean enabled, Integer port, Integer rateLimitPerMinute) {

    DineroSimulatorProperties {
        port = port == null ? 8089 : port;
        rateLimitPerMinute = rateLimitPerMinute == null ? DineroSimulator.DEFAULT_RATE_LIMIT_PER_MINUTE
                : rateLimitPerMinute;
    }
}
