package org.reskontro.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.reskontro.platform.ReskontroProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a PostgreSQL server inside the process when no {@code spring.datasource.url} is configured.
 * Its data directory lives under {@code reskontro.data-dir}, so the demo keeps its data across restarts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseConfigured.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(ReskontroProperties properties,
            org.springframework.core.env.Environment environment) throws IOException {
        Path dataDirectory = properties.dataDir().resolve("postgres").toAbsolutePath();
        Files.createDirectories(dataDirectory);
        boolean fresh = environment.getProperty("reskontro.embedded-db.clean", Boolean.class, false);
        String sharedBuffers = environment.getProperty("reskontro.embedded-db.shared-buffers", "1GB").replace(" ", "");
        if (!sharedBuffers.matches("\\d+(kB|MB|GB)")) {
            throw new IllegalArgumentException("reskontro.embedded-db.shared-buffers must be a PostgreSQL size such as "
                    + "1GB, was '" + sharedBuffers + "'");
        }
        // Our own shutdown hook (Spring's context close) stops the server; zonky's would race it.
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(fresh)
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "100")
                // PostgreSQL's default, 128MB, is for a server that shares a small machine: a delta sync of 10,000
                // changes against a million-document mirror read its pages from the OS again and again (measured by
                // the bench: its apply took 0.92 s at 128MB, 0.71 s at 1GB). Memory is taken only as it is used.
                .setServerConfig("shared_buffers", sharedBuffers)
                .start();
        log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dataDirectory);
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                // reWriteBatchedInserts turns the sync's batches into multi-row inserts (measured by the bench).
                .url(postgres.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true")
                .username("postgres")
                .build();
        dataSource.setMaximumPoolSize(20);
        return dataSource;
    }
}
