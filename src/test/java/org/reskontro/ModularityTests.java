package org.reskontro;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.reskontro.testing.MainClassesOnly;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(ReskontroApplication.class, new MainClassesOnly());

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void expectedModulesExist() {
        Stream.of("shared", "platform", "creditors", "ledger", "connector", "simulator", "scheduling", "console", "api", "demo", "bench",
                        "notification", "charges", "dunning")
                .forEach(name -> assertThat(modules.getModuleByName(name)).as(name).isPresent());
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
