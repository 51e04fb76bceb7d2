package org.reskontro.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.reskontro.testing.MutableClock;

/** The token bucket on a clock the test moves: bursts, refill, Retry-After, and bounded memory. */
class ClientRateLimiterTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));

    @Test
    void aClientMaySpendItsBurstThenWaitsForTheNextToken() {
        ClientRateLimiter limiter = new ClientRateLimiter(clock, 3, 60, 100); // one token a second

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("10.0.0.1").allowed()).as("request " + (i + 1)).isTrue();
        }
        ClientRateLimiter.Decision refused = limiter.tryAcquire("10.0.0.1");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);

        clock.advance(Duration.ofMillis(400));
        assertThat(limiter.tryAcquire("10.0.0.1").retryAfter()).isEqualTo(Duration.ofMillis(600));
        clock.advance(Duration.ofMillis(600));
        assertThat(limiter.tryAcquire("10.0.0.1").allowed()).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1").allowed()).isFalse();
    }

    @Test
    void clientsHaveTheirOwnBuckets() {
        ClientRateLimiter limiter = new ClientRateLimiter(clock, 1, 1, 100);

        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        assertThat(limiter.tryAcquire("a").allowed()).isFalse();
        assertThat(limiter.tryAcquire("b").allowed()).isTrue();
    }

    @Test
    void theBucketRefillsToItsCapacityAndNoFurther() {
        ClientRateLimiter limiter = new ClientRateLimiter(clock, 600, 600, 100);
        for (int i = 0; i < 600; i++) {
            assertThat(limiter.tryAcquire("c").allowed()).isTrue();
        }
        assertThat(limiter.tryAcquire("c").allowed()).isFalse();

        clock.advance(Duration.ofSeconds(30)); // half a minute: 300 tokens
        assertThat(acceptedInARow(limiter, "c", 1_000)).isEqualTo(300);

        clock.advance(Duration.ofHours(5)); // long idle: full, never more than the capacity
        assertThat(acceptedInARow(limiter, "c", 1_000)).isEqualTo(600);
    }

    @Test
    void aSlowRateWaitsSecondsRoundedUp() {
        ClientRateLimiter limiter = new ClientRateLimiter(clock, 1, 2, 100); // a token every 30 s
        limiter.tryAcquire("d");
        clock.advance(Duration.ofMillis(100));

        ClientRateLimiter.Decision refused = limiter.tryAcquire("d");
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMillis(29_900));
        assertThat(refused.retryAfterSeconds()).isEqualTo(30);
    }

    @Test
    void aClockThatGoesBackNeitherRefillsNorLocksOut() {
        ClientRateLimiter limiter = new ClientRateLimiter(clock, 1, 60, 100);
        limiter.tryAcquire("e");
        clock.advance(Duration.ofHours(-1));

        ClientRateLimiter.Decision refused = limiter.tryAcquire("e");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void idleClientsAreForgottenOnceTheirBucketWouldBeFullAgain() {
        ClientRateLimiter limiter = new ClientRateLimiter(clock, 10, 60, 100); // full again after 10 s
        limiter.tryAcquire("f");
        clock.advance(Duration.ofSeconds(5));
        limiter.tryAcquire("g");
        assertThat(limiter.clients()).isEqualTo(2);

        clock.advance(Duration.ofSeconds(5)); // f idle 10 s, g idle 5 s
        limiter.tryAcquire("h");
        assertThat(limiter.clients()).isEqualTo(2);
        clock.advance(Duration.ofSeconds(10));
        limiter.tryAcquire("h");
        assertThat(limiter.clients()).isEqualTo(1);
    }

    @Test
    void beyondMaxClientsTheOneSeenLongestAgoIsForgotten() {
        ClientRateLimiter limiter = new ClientRateLimiter(clock, 1, 1, 3);
        for (String client : new String[] {"p", "q", "r"}) {
            limiter.tryAcquire(client);
        }
        limiter.tryAcquire("p"); // p refused, but now seen most recently: q is the eldest
        assertThat(limiter.tryAcquire("s").allowed()).isTrue();

        assertThat(limiter.clients()).isEqualTo(3);
        assertThat(limiter.tryAcquire("p").allowed()).as("p is still remembered").isFalse();
        assertThat(limiter.tryAcquire("q").allowed()).as("q was forgotten").isTrue();
    }

    @Test
    void aLimitOfNothingIsRefusedAtStart() {
        assertThatThrownBy(() -> new ClientRateLimiter(clock, 0, 600, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    }

    private static int acceptedInARow(ClientRateLimiter limiter, String client, int max) {
        int accepted = 0;
        while (accepted < max && limiter.tryAcquire(client).allowed()) {
            accepted++;
        }
        return accepted;
    }
}
