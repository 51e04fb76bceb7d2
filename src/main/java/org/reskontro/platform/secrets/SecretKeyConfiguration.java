package org.reskontro.platform.secrets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.reskontro.platform.ReskontroProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The key comes from {@code reskontro.secret-key} ({@code RESKONTRO_SECRET_KEY}). Only demo mode may do without:
 * it generates one into the data folder so the demo survives a restart. Production without a key refuses to start.
 */
@Configuration(proxyBeanMethods = false)
class SecretKeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecretKeyConfiguration.class);

    @Bean
    SecretCipher secretCipher(ReskontroProperties properties) throws IOException {
        if (StringUtils.hasText(properties.secretKey())) {
            return new SecretCipher(decode(properties.secretKey()));
        }
        if (!properties.demo()) {
            throw new IllegalStateException("RESKONTRO_SECRET_KEY is not set. In production mode Reskontro needs a "
                    + "base64-encoded 256-bit key to encrypt accounting-system credentials; generate one with "
                    + "'openssl rand -base64 32'.");
        }
        return new SecretCipher(demoKey(properties.dataDir().resolve("secret.key")));
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("RESKONTRO_SECRET_KEY is not valid base64", e);
        }
    }

    private static byte[] demoKey(Path file) throws IOException {
        if (Files.exists(file)) {
            return decode(Files.readString(file));
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(file.getParent());
        Files.writeString(file, Base64.getEncoder().encodeToString(key));
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system; the file still lives inside the operator's data folder
        }
        log.warn("Demo mode: generated a secret key in {}. Production needs RESKONTRO_SECRET_KEY.", file);
        return key;
    }
}
