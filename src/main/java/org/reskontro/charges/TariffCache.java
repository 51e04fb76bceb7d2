package org.reskontro.charges;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.reskontro.charges.persistence.TariffStore;
import org.reskontro.charges.rules.Tariffs;

/**
 * The tables in memory (the rules run per invoice per day). Another node's edit is seen within {@code recheck}: after
 * that long the cache asks the database for the tables' version, a cheap query, and reloads only when it changed.
 */
final class TariffCache {

    private final TariffStore store;
    private final Clock clock;
    private final Duration recheck;
    private volatile Snapshot snapshot;

    TariffCache(TariffStore store, Clock clock, Duration recheck) {
        this.store = store;
        this.clock = clock;
        this.recheck = recheck;
    }

    Tariffs current() {
        Snapshot current = snapshot;
        Instant now = clock.instant();
        if (current == null || now.isAfter(current.checkedAt().plus(recheck))) {
            String version = store.version();
            if (current == null || !current.version().equals(version)) {
                current = new Snapshot(new Tariffs(store.rates(), store.tariff()), version, now);
            } else {
                current = new Snapshot(current.tariffs(), version, now);
            }
            snapshot = current;
        }
        return current.tariffs();
    }

    void invalidate() {
        snapshot = null;
    }

    private record Snapshot(Tariffs tariffs, String version, Instant checkedAt) {
    }
}
