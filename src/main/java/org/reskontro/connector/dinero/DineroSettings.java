package org.reskontro.connector.dinero;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code reskontro.connector.dinero.*}. Zero or absent values take the defaults: 10 s to connect, 30 s per
 * request, pages of 1000 (Dinero's maximum), 8 attempts while rate-limited, 3 attempts on 5xx or time-outs.
 */
@ConfigurationProperties("reskontro.connector.dinero")
public record DineroSettings(Duration connectTimeout, Duration requestTimeout, int pageSize, int rateLimitAttempts,
        int serverErrorAttempts) {

    public static final int MAX_PAGE_SIZE = 1000;

    public DineroSettings {
        connectTimeout = connectTimeout == null || connectTimeout.isZero() ? Duration.ofSeconds(10) : connectTimeout;
        requestTimeout = requestTimeout == null || requestTimeout.isZero() ? Duration.ofSeconds(30) : requestTimeout;
        pageSize = pageSize == 0 ? MAX_PAGE_SIZE : pageSize;
        rateLimitAttempts = rateLimitAttempts == 0 ? 8 : rateLimitAttempts;
        serverErrorAttempts = serverErrorAttempts == 0 ? 3 : serverErrorAttempts;
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("Dinero pages hold 1 to " + MAX_PAGE_SIZE + " items, not " + pageSize);
        }
        if (rateLimitAttempts < 1 || serverErrorAttempts < 1) {
            throw new IllegalArgumentException("Attempt counts must be positive");
        }
    }

    public static DineroSettings defaults() {
        return new DineroSettings(null, null, 0, 0, 0);
    }
}
