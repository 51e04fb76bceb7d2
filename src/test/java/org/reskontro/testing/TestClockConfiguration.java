package org.reskontro.testing;

import java.time.Instant;
import org.reskontro.platform.time.Sleeper;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    /** 2026-11-20 10:00 UTC: fixed, so generated demo data and aging buckets are the same on every run. */
    public static final Instant START = Instant.parse("2026-11-20T10:00:00Z");

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(START);
    }

    /** Back-off waits move the clock instead of sleeping, so a Retry-After really passes in the simulator too. */
    @Bean
    @Primary
    Sleeper clockMovingSleeper(MutableClock clock) {
        return clock::advance;
    }
}
