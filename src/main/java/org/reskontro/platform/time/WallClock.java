package org.reskontro.platform.time;

import java.time.Clock;
import java.time.Instant;

/**
 * The machine's own time, for infrastructure that lives by it (the job scheduler's table). Business decisions use
 * the injected {@link Clock}, which tests move; "run this job now" must mean now to db-scheduler even then.
 */
public final class WallClock {

    private static final Clock SYSTEM = Clock.systemUTC();

    private WallClock() {
    }

    public static Instant now() {
        return SYSTEM.instant();
    }

    /** The machine's clock itself, for what measures real time (the benchmarks' own simulator process). */
    public static Clock clock() {
        return SYSTEM;
    }
}
