package org.reskontro.connector.poweroffice;

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
 * Sends requests and rides out PowerOffice's transient failures through the injected {@link Sleeper}: a 429 from the
 * throttle (10 requests a second per subscription key) waits Retry-After, or at least a second as the developer
 * portal advises, doubling up to 60 s; 5xx answers and time-outs retry with the same back-off. Every request sent is
 * counted. Other answers go back to the caller.
 */
final class PowerOfficeTransport {

    private static final Logger log = LoggerFactory.getLogger(PowerOfficeTransport.class);
    private static final Duration MAX_BACK_OFF = Duration.ofSeconds(60);

    private final HttpClient http;
    private final PowerOfficeSettings settings;
    private final Sleeper sleeper;
    private final AtomicInteger requests = new AtomicInteger();

    PowerOfficeTransport(HttpClient http, PowerOfficeSettings settings, Sleeper sleeper) {
        this.http = http;
        this.settings = settings;
        this.sleeper = sleeper;
    }

    int requestCount() {
        return requests.get();
    }

    /** {@code request} is asked anew for every attempt, so each carries a current token. */
    HttpResponse<byte[]> send(Supplier<HttpRequest> request, String what) {
        int throttled = 0;
        int failures = 0;
        while (true) {
            HttpRequest attempt = request.get();
            HttpResponse<byte[]> response;
            try {
                requests.incrementAndGet();
                response = http.send(attempt, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                failures++;
                if (failures >= settings.serverErrorAttempts()) {
                    throw unreachable(e, attempt, what, failures);
                }
                log.debug("PowerOffice Go: {} failed ({}); retrying", what, e.getClass().getSimpleName());
                pause(backOff(failures), what);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AccountingSystemException(Category.UNREACHABLE,
                        "Interrupted while calling PowerOffice Go: " + what, e);
            }
            int status = response.statusCode();
            if (status == 429) {
                throttled++;
                if (throttled >= settings.rateLimitAttempts()) {
                    throw new AccountingSystemException(Category.RATE_LIMITED, "PowerOffice Go kept answering 429"
                            + " (too many requests; 10 a second per subscription key) to " + what + " after "
                            + throttled + " attempts; try the sync again later");
                }
                Duration wait = retryAfter(response).orElse(backOff(throttled));
                log.debug("PowerOffice Go: throttled on {}; waiting {}", what, wait);
                pause(wait, what);
            } else if (status >= 500) {
                failures++;
                if (failures >= settings.serverErrorAttempts()) {
                    throw new AccountingSystemException(Category.SERVER_ERROR, "PowerOffice Go answered HTTP " + status
                            + " to " + what + " " + failures + " times in a row; PowerOffice Go may be down, try later");
                }
                log.debug("PowerOffice Go: HTTP {} on {}; retrying", status, what);
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
        return new AccountingSystemException(Category.UNREACHABLE, "PowerOffice Go at " + where + " " + problem
                + " on " + what + ", " + attempts + " attempts; check the address and the network", e);
    }

    /** Retry-After in seconds, never less than the portal's one second; an HTTP-date falls back to back-off. */
    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(value -> {
            try {
                return Optional.of(Duration.ofSeconds(Math.max(1, Long.parseLong(value.trim()))));
            } catch (NumberFormatException e) {
                return Optional.empty();
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
