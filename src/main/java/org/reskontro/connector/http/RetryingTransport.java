package org.reskontro.connector.http;

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
 * Sends requests to one accounting system and rides out its transient failures, the same way for every connector:
 * 429 waits Retry-After (at least the system's minimum) or backs off from 1 s, doubling, capped at 60 s; 5xx answers
 * and time-outs retry with back-off; all waiting goes through the injected {@link Sleeper}, so tests move a clock
 * instead. Every request sent is counted. Other answers go back to the caller. Messages name the system and its
 * published limit, so an operator knows what happened without reading a log.
 */
public final class RetryingTransport {

    /**
     * What differs between systems: its name in messages, how its rate limit is described, the shortest wait a 429
     * asks for, the time-outs used (for messages) and how many attempts each kind of failure gets.
     */
    public record Profile(String system, String rateLimit, Duration minimumRetryAfter, Duration connectTimeout,
                          Duration requestTimeout, int rateLimitAttempts, int serverErrorAttempts) {
    }

    private static final Logger log = LoggerFactory.getLogger(RetryingTransport.class);
    private static final Duration MAX_BACK_OFF = Duration.ofSeconds(60);

    private final HttpClient http;
    private final Profile settings;
    private final Sleeper sleeper;
    private final AtomicInteger requests = new AtomicInteger();

    public RetryingTransport(HttpClient http, Profile profile, Sleeper sleeper) {
        this.http = http;
        this.settings = profile;
        this.sleeper = sleeper;
    }

    public int requestCount() {
        return requests.get();
    }

    /** {@code request} is asked anew for every attempt, so each carries a current token. */
    public HttpResponse<byte[]> send(Supplier<HttpRequest> request, String what) {
        return send(request, HttpResponse.BodyHandlers.ofByteArray(), what);
    }

    /**
     * As {@link #send(Supplier, String)}, the body read by {@code handler}; a handler that streams must read the
     * bodies of answers other than 200 completely (they may be retried).
     */
    public <T> HttpResponse<T> send(Supplier<HttpRequest> request, HttpResponse.BodyHandler<T> handler, String what) {
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
                log.debug("{}: {} failed ({}); retrying", settings.system(), what, e.getClass().getSimpleName());
                pause(backOff(failures), what);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AccountingSystemException(Category.UNREACHABLE,
                        "Interrupted while calling " + settings.system() + ": " + what, e);
            }
            int status = response.statusCode();
            if (status == 429) {
                rateLimited++;
                Duration wait = retryAfter(response).orElse(backOff(rateLimited));
                if (rateLimited >= settings.rateLimitAttempts()) {
                    throw new AccountingSystemException(Category.RATE_LIMITED, settings.system() + " kept answering 429 ("
                            + settings.rateLimit() + ") to " + what + " after " + rateLimited
                            + " attempts; try again later", wait);
                }
                log.debug("{}: rate-limited on {}; waiting {}", settings.system(), what, wait);
                pause(wait, what);
            } else if (status >= 500) {
                failures++;
                if (failures >= settings.serverErrorAttempts()) {
                    throw new AccountingSystemException(Category.SERVER_ERROR, settings.system() + " answered HTTP "
                            + status + " to " + what + " " + failures + " times in a row; " + settings.system()
                            + " may be down, try later");
                }
                log.debug("{}: HTTP {} on {}; retrying", settings.system(), status, what);
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
        return new AccountingSystemException(Category.UNREACHABLE, settings.system() + " at " + where + " " + problem
                + " on " + what + ", " + attempts + " attempts; check the address and the network", e);
    }

    /** Retry-After in seconds, never less than the system's minimum; an HTTP-date falls back to back-off. */
    private Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(value -> {
            try {
                Duration asked = Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
                return Optional.of(asked.compareTo(settings.minimumRetryAfter()) < 0 ? settings.minimumRetryAfter() : asked);
            } catch (NumberFormatException e) {
                return Optional.empty(); // an HTTP-date: fall back to back-off
            }
        });
    }

    /** 1 s, 2 s, 4 s, … capped at 60 s. */
    public static Duration backOff(int attempt) {
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
