package org.reskontro.connector.dinero;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;
import org.reskontro.connector.http.RetryingTransport;
import org.reskontro.platform.time.Sleeper;

/** Dinero's HTTP: the shared retrying transport with Dinero's limit (100 requests a minute per organisation). */
final class DineroTransport {

    private final RetryingTransport transport;

    DineroTransport(HttpClient http, DineroSettings settings, Sleeper sleeper) {
        this.transport = new RetryingTransport(http, new RetryingTransport.Profile("Dinero",
                "API calls quota exceeded, 100 requests a minute per organisation", Duration.ZERO,
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

    /**
     * As {@link #send(Supplier, String)}, the body read by {@code handler}; a handler that streams must read the
     * bodies of answers other than 200 completely (they may be retried), as {@link DineroApiClient} does.
     */
    <T> HttpResponse<T> send(Supplier<HttpRequest> request, HttpResponse.BodyHandler<T> handler, String what) {
        return transport.send(request, handler, what);
    }
}
