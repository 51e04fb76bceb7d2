package org.reskontro.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Top-level settings. {@code mode} is {@code demo} (embedded database, simulators, demo users) unless an
 * operator says {@code production}, where default passwords and a missing secret key stop the start.
 *
 * @param mode     demo or production
 * @param dataDir  where the embedded database and the demo secret key live; survives restarts
 * @param secretKey base64 of a 256-bit AES key that encrypts ERP credentials at rest
 */
@ConfigurationProperties("reskontro")
public record ReskontroProperties(Mode mode, Path dataDir, String secretKey) {

    public enum Mode { DEMO, PRODUCTION }

    public ReskontroProperties {
        mode = mode == null ? Mode.DEMO : mode;
        dataDir = dataDir == null ? Path.of("data") : dataDir;
    }

    public boolean demo() {
        return mode == Mode.DEMO;
    }
}
