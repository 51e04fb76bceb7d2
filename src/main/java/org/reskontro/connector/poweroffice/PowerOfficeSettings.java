package org.reskontro.connector.poweroffice;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code reskontro.connector.poweroffice.*}. Zero or absent values take the defaults: 10 s to connect, 30 s per
 * request, pages of 5000 (PowerOffice's default; its MaxPageSize is 20 000), 8 attempts while throttled, 3 on 5xx or
 * time-outs.
 */
@ConfigurationProperties("reskontro.connector.poweroffice")
public record PowerOfficeSettings(Duration connectTimeout, Duration requestTimeout, int pageSize, int rateLimitAttempts,
        int serverErrorAttempts) {

    public static final int MAX_PAGE_SIZE = 20_000;

    public PowerOfficeSettings {
        connectTimeout = connectTimeout == null || connectTimeout.isZero() ? Duration.ofSeconds(10) : connectTimeout;
        requestTimeout = requestTimeout == null || requestTimeout.isZero() ? Duration.ofSeconds(30) : requestTimeout;
        pageSize = pageSize == 0 ? 5000 : pageSize;
        rateLimitAttempts = rateLimitAttempts == 0 ? 8 : rateLimitAttempts;
        serverErrorAttempts = serverErrorAttempts == 0 ? 3 : serverErrorAttempts;
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("PowerOffice pages hold 1 to " + MAX_PAGE_SIZE + " items, not " + pageSize);
        }
        if (rateLimitAttempts < 1 || serverErrorAttempts < 1) {
            throw new IllegalArgumentException("Attempt counts must be positive");
        }
    }

    public static PowerOfficeSettings defaults() {
        return new PowerOfficeSettings(null, null, 0, 0, 0);
    }
}
