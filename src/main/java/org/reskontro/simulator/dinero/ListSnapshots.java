package org.reskontro.simulator.dinero;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The last few list results of one organisation, each for one query on one version of its books and one day
 * (statuses such as Overdue depend on it). A client paging through a large list asks the same query again for
 * every page; this answers all but the first from memory. Holds references only, never copies of items.
 */
final class ListSnapshots {

    record Key(String query, long version, LocalDate today) {
    }

    private static final int KEPT = 8;

    private final Map<Key, List<?>> snapshots = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, List<?>> eldest) {
            return size() > KEPT;
        }
    };

    @SuppressWarnings("unchecked")
    <T> List<T> get(Key key, Supplier<List<T>> compute) {
        return (List<T>) snapshots.computeIfAbsent(key, k -> compute.get());
    }
}
