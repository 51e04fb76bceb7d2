package org.reskontro.demo;

import org.reskontro.platform.ReskontroProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** On start in demo mode: install the demo and say where to sign in. */
@Component
@ConditionalOnBooleanProperty({"reskontro.demo.enabled", "reskontro.simulator.dinero.enabled"})
class DemoRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRunner.class);

    private final DemoSetup setup;
    private final ReskontroProperties properties;
    private final Environment environment;

    DemoRunner(DemoSetup setup, ReskontroProperties properties, Environment environment) {
        this.setup = setup;
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo()) {
            log.warn("Demo data is switched on but the mode is production: no demo users or creditors are created.");
            return;
        }
        setup.install();
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        log.info("""

                ==================================================================
                 Reskontro is running (demo mode): http://localhost:{}/
                 Sign in as  demo / demo     agency admin, sees every creditor
                             hygge / demo    Hygge Handel ApS only (Dinero)
                             nordlys / demo  Nordlys Design A/S only (Dinero)
                             fjord / demo    Fjordlys Elektro AS only (PowerOffice Go)
                             nordkapp / demo Nordkapp Sjømat AS only (PowerOffice Go)
                 API: http://localhost:{}/v3/api-docs   Health: /actuator/health
                ==================================================================""", port, port);
    }
}
