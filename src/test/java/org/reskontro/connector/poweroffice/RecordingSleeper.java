package org.reskontro.connector.poweroffice;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.reskontro.platform.time.Sleeper;
import org.reskontro.testing.MutableClock;

/** Waits by moving the clock: the simulator's throttle window really passes, and nothing sleeps. */
final class RecordingSleeper implements Sleeper {

    private final MutableClock clock;
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    RecordingSleeper(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public void sleep(Duration duration) {
        waits.add(duration);
        clock.advance(duration);
    }

    List<Duration> waits() {
        return List.copyOf(waits);
    }
}
