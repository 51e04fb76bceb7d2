package org.reskontro.connector.poweroffice;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;
import org.reskontro.connector.http.RetryingTransport;
import org.reskontro.platform.time.Sleeper;

/**
 * PowerOffice Go's HTTP: the shared retrying transport with its throttle (10 requests a second per subscription
 * key); a 429 waits at least one second, as the developer portal advises.
 */
final class PowerOfficeTransport {

    private final RetryingTransport transport;

    PowerOfficeTransport(HttpClient http, PowerOfficeSettings settings, Sleeper sleeper) {
        this.transport = new RetryingTransport(http, new RetryingTransport.Profile("PowerOffice Go",
                "too many requests; 10 a second per subscription key", Duration.ofSeconds(1),
                settings.connectTimeout(), settings.requestTimeout(), settings.rateLimitAttempts(),
                settings.serverErrorAttempts()), sleeper);
    }

    int requestCount() {
        return transport.requestCount();
    }

    /** {@code request} is asked anew for every attempt, so each carries a current token. */
    HttpResponse<byte[]> send(Supplier<HttpRequest> request, String what) {
        return transport.send(request, what);
    }
}
