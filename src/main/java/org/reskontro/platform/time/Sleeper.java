package org.reskontro.platform.time;

import java.time.Duration;

/**
 * Waiting, injected: back-off and retry code waits through this so tests can record the waits instead of
 * sleeping (time is never slept in tests).
 */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());
}
