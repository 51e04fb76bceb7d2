package org.reskontro.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.reskontro.charges.Charges;
import org.reskontro.platform.ReskontroProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The seeded rate tables end with the last published half-year; a demo started later would show "no rate" for
 * every interest. In demo mode only, the latest rates are carried forward to today, marked as demo assumptions.
 */
@Component
@Order(0)
@ConditionalOnBooleanProperty("reskontro.demo.enabled")
class DemoRates implements ApplicationRunner {

    private final Charges charges;
    private final ReskontroProperties properties;
    private final Clock clock;

    DemoRates(Charges charges, ReskontroProperties properties, Clock clock) {
        this.charges = charges;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.demo()) {
            charges.carryLatestRatesForwardForDemo(LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(180));
        }
    }
}
