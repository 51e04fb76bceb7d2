package org.reskontro.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The JVM's heap as the bench reports it. The peak is the sum of each heap pool's own peak since the last reset
 * (an upper bound: the pools need not peak at the same moment), garbage not yet collected included.
 */
final class HeapPeak {

    private static final List<MemoryPoolMXBean> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();

    private HeapPeak() {
    }

    /** Heap in use after a full collection: what is live. */
    static long liveBytes() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static void reset() {
        HEAP_POOLS.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    static long peakBytes() {
        return HEAP_POOLS.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    static long maxBytes() {
        return Runtime.getRuntime().maxMemory();
    }
}
