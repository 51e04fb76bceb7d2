package org.reskontro.testing;

import java.util.Random;
import org.reskontro.bookkeeping.outbox.CrashPoints;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Crash points for the shared test context: harmless until a test arms them, then the outbox "dies" at a seeded
 * random point with a given probability, the way a kill would stop it: an Error that rolls back the row's
 * transaction, after whatever the accounting system already did. One context for all tests, so no second one.
 */
public final class TestCrashPoints implements CrashPoints {

    /** What a crash throws: an Error, so no code on the way catches it as a failure to handle. */
    public static final class SimulatedCrash extends Error {
        public SimulatedCrash(Point point) {
            super("simulated crash at " + point);
        }
    }

    private Random random;
    private double probability;
    private int crashes;

    public synchronized void arm(long seed, double probability) {
        this.random = new Random(seed);
        this.probability = probability;
        this.crashes = 0;
    }

    public synchronized void disarm() {
        random = null;
    }

    public synchronized int crashes() {
        return crashes;
    }

    @Override
    public synchronized void reached(Point point) {
        if (random != null && random.nextDouble() < probability) {
            crashes++;
            throw new SimulatedCrash(point);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Installed {
        @Bean
        @Primary
        TestCrashPoints testCrashPoints() {
            return new TestCrashPoints();
        }
    }
}
