package org.reskontro.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.reskontro.ReskontroApplication;
import org.reskontro.testing.TestDirectories;
import org.reskontro.platform.security.PasswordPolicy;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Outside demo mode, unsafe defaults stop the start instead of running quietly. */
class ProductionModeTests {

    @Test
    void aMissingSecretKeyIsAClearStartUpError() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(ReskontroApplication.class).properties("spring.main.banner-mode=off");
        assertThatThrownBy(() -> app.run(
                "--reskontro.mode=production", "--reskontro.secret-key=", "--reskontro.data-dir=" + TestDirectories.of("prod-test"),
                "--reskontro.embedded-db.clean=true", "--reskontro.simulator.dinero.enabled=false",
                "--server.port=0", "--db-scheduler.enabled=false")).rootCause().hasMessageContaining("RESKONTRO_SECRET_KEY is not set");
    }

    @Test
    void productionRefusesDefaultAndShortPasswordsWhileDemoAcceptsDemo() {
        PasswordPolicy production = new PasswordPolicy(
                new ReskontroProperties(ReskontroProperties.Mode.PRODUCTION, Path.of("x"), "k"));
        assertThatThrownBy(() -> production.check("demo", "demo")).hasMessageContaining("Default passwords are refused");
        assertThatThrownBy(() -> production.check("alice", "admin")).hasMessageContaining("Default passwords");
        assertThatThrownBy(() -> production.check("alice", "short-pw")).hasMessageContaining("12 characters");
        production.check("alice", "a long and unusual passphrase");

        PasswordPolicy demo = new PasswordPolicy(new ReskontroProperties(ReskontroProperties.Mode.DEMO, Path.of("x"), null));
        demo.check("demo", "demo");
        assertThat(demo).isNotNull();
    }
}
