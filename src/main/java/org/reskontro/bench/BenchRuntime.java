package org.reskontro.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Reskontro as a benchmark runs it: no web server, a freshly wiped embedded PostgreSQL in its own data directory,
 * no demo data, no simulator inside (the bench starts one in a process of its own), and nothing that syncs by itself
 * (no cycle dispatcher, no change-feed poller). The settings are command-line arguments, so application.properties and the
 * environment cannot override them. Closing stops the application (and with it PostgreSQL) and deletes a temporary
 * data directory.
 */
final class BenchRuntime implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final Path dataDir;
    private final boolean temporary;

    private BenchRuntime(ConfigurableApplicationContext context, Path dataDir, boolean temporary) {
        this.context = context;
        this.dataDir = dataDir;
        this.temporary = temporary;
    }

    /**
     * Starts {@code application} (the product's main class, handed in so this module does not depend on the root);
     * {@code dataDir} null: a new temporary directory, deleted again on close.
     */
    static BenchRuntime start(Class<?> application, Path dataDir) {
        boolean temporary = dataDir == null;
        Path dir = temporary ? createTemporary() : dataDir.toAbsolutePath().normalize();
        if (dir.equals(Path.of("data").toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("The bench wipes its database; give it another directory than ./data");
        }
        try {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(application, NonWebSecurity.class)
                    .run(arguments(dir).toArray(String[]::new));
            return new BenchRuntime(context, dir, temporary);
        } catch (RuntimeException e) {
            if (temporary) {
                delete(dir);
            }
            throw e;
        }
    }

    static List<String> arguments(Path dataDir) {
        return List.of(
                "--spring.main.web-application-type=none",
                "--spring.main.banner-mode=off",
                "--spring.main.log-startup-info=false",
                "--logging.level.root=WARN",
                "--logging.level.org.reskontro.ledger.sync.Synchroniser=INFO", // where each sync's time went
                "--spring.datasource.url=", // never an external database, whatever the environment says
                "--reskontro.mode=demo",
                "--reskontro.data-dir=" + dataDir,
                "--reskontro.embedded-db.clean=true",
                "--reskontro.demo.enabled=false",
                "--reskontro.simulator.dinero.enabled=false", // it runs in a process of its own (SimulatorProcess)
                "--reskontro.simulator.poweroffice.enabled=false",
                "--reskontro.cycles.dispatch=false",
                "--reskontro.sync.change-feed=false",
                "--reskontro.bookkeeping.forward=false", // the bench drains the outbox itself
                "--reskontro.mail-catcher.port=0"); // a running demo may hold 2525
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            if (temporary) {
                delete(dataDir);
            }
        }
    }

    private static Path createTemporary() {
        try {
            return Files.createTempDirectory("reskontro-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary data directory", e);
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the bench's data directory " + dir, e);
        }
    }
}
