package org.reskontro.connector.dinero;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.reskontro.ledger.spi.AccountingSystemException;
import org.reskontro.ledger.spi.AccountingSystemException.Category;
import org.reskontro.platform.time.Sleeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends requests and rides out Dinero's transient failures: 429 waits Retry-After (or backs off from 1 s,
 * capped at 60 s), 5xx and time-outs retry with back-off, all through the injected {@link Sleeper}. Every
 * request sent is counted. Other answers go back to the caller.
 */
final class DineroTransport {

    private static final Logger log = LoggerFactory.getLogger(DineroTransport.class);
    private static final Duration MAX_BACK_OFF = Duration.ofSeconds(60);

    private final HttpClient http;
    private final DineroSettings settings;
    private final Sleeper sleeper;
    private final AtomicInteger requests = new AtomicInteger();

    DineroTransport(HttpClient http, DineroSettings settings, Sleeper sleeper) {
        this.http = http;
        this.settings = settings;
        this.sleeper = sleeper;
    }

    int requestCount() {
        return requests.get();
    }

    /** {@code request} is asked anew for every attempt, so each carries a current token. */
    HttpResponse<byte[]> send(Supplier<HttpRequest> request, String what) {
        return send(request, HttpResponse.BodyHandlers.ofByteArray(), what);
    }

    /**
     * As {@link #send(Supplier, String)}, the body read by {@code handler}; a handler that streams must read the
     * bodies of answers other than 200 completely (they may be retried), as {@link DineroApiClient} does.
     */
    <T> HttpResponse<T> send(Supplier<HttpRequest> request, HttpResponse.BodyHandler<T> handler, String what) {
        int rateLimited = 0;
        int failures = 0;
        while (true) {
            HttpRequest attempt = request.get();
            HttpResponse<T> response;
            try {
                requests.incrementAndGet();
                response = http.send(attempt, handler);
            } catch (IOException e) {
                failures++;
                if (failures >= settings.serverErrorAttempts()) {
                    throw unreachable(e, attempt, what, failures);
                }
                log.debug("Dinero: {} failed ({}); retrying", what, e.getClass().getSimpleName());
                pause(backOff(failures), what);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AccountingSystemException(Category.UNREACHABLE, "Interrupted while calling Dinero: " + what,
                        e);
            }
            int status = response.statusCode();
            if (status == 429) {
                rateLimited++;
                if (rateLimited >= settings.rateLimitAttempts()) {
                    throw new AccountingSystemException(Category.RATE_LIMITED, "Dinero kept answering 429 (API calls"
                            + " quota exceeded, 100 requests a minute per organisation) to " + what + " after "
                            + rateLimited + " attempts; try the sync again later");
                }
                Duration wait = retryAfter(response).orElse(backOff(rateLimited));
                log.debug("Dinero: rate-limited on {}; waiting {}", what, wait);
                pause(wait, what);
            } else if (status >= 500) {
                failures++;
                if (failures >= settings.serverErrorAttempts()) {
                    throw new AccountingSystemException(Category.SERVER_ERROR, "Dinero answered HTTP " + status
                            + " to " + what + " " + failures + " times in a row; Dinero may be down, try later");
                }
                log.debug("Dinero: HTTP {} on {}; retrying", status, what);
                pause(backOff(failures), what);
            } else {
                return response;
            }
        }
    }

    private AccountingSystemException unreachable(IOException e, HttpRequest attempt, String what, int attempts) {
        String where = attempt.uri().getScheme() + "://" + attempt.uri().getAuthority();
        String problem = e instanceof HttpConnectTimeoutException
                ? "accepted no connection within " + seconds(settings.connectTimeout())
                : e instanceof HttpTimeoutException ? "did not answer within " + seconds(settings.requestTimeout())
                : "could not be reached (" + e.getClass().getSimpleName() + ")";
        return new AccountingSystemException(Category.UNREACHABLE, "Dinero at " + where + " " + problem + " on "
                + what + ", " + attempts + " attempts; check the address and the network", e);
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(value -> {
            try {
                return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim()))));
            } catch (NumberFormatException e) {
                return Optional.empty(); // an HTTP-date: fall back to back-off
            }
        });
    }

    /** 1 s, 2 s, 4 s, … capped at 60 s. */
    static Duration backOff(int attempt) {
        Duration wait = Duration.ofSeconds(1L << Math.min(attempt - 1, 6));
        return wait.compareTo(MAX_BACK_OFF) > 0 ? MAX_BACK_OFF : wait;
    }

    private void pause(Duration wait, String what) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AccountingSystemException(Category.UNREACHABLE, "Interrupted while waiting to retry " + what, e);
        }
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
