package org.reskontro.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.reskontro.ReskontroApplication;
import org.reskontro.testing.TestDirectories;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With {@code spring.datasource.url} set, Reskontro starts no database of its own and migrates the one it is given.
 * The "external" server here is a separately started PostgreSQL process on its own port.
 */
class ExternalDatabaseTests {

    @Test
    void runsAgainstAnExternalPostgresqlAndStartsNoEmbeddedOne() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().setRegisterShutdownHook(false)
                .setDataDirectory(TestDirectories.of("external-pg")).setCleanDataDirectory(true).start()) {
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ReskontroApplication.class).run(
                    "--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres", "--reskontro.data-dir=" + TestDirectories.of("external-test-data"),
                    "--reskontro.demo.enabled=false", "--reskontro.simulator.dinero.enabled=false",
                    "--reskontro.simulator.poweroffice.enabled=false", "--server.port=0")) {
                assertThat(app.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
                try (Connection connection = external.getPostgresDatabase().getConnection();
                        ResultSet tables = connection.createStatement().executeQuery(
                                "select count(*) from information_schema.tables where table_schema in ('platform', 'creditors', 'ledger')")) {
                    tables.next();
                    assertThat(tables.getInt(1)).isGreaterThanOrEqualTo(10);
                }
            }
        }
    }
}
