package org.reskontro.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The JVM's heap as the bench reports it, two ways. The pool peak is the sum of each heap pool's own peak since the
 * last reset: garbage not yet collected included, so it grows with the room the collector is given, not with what
 * the work holds. The retained peak is the largest heap left after any collection since the reset: what the work
 * still held at that moment (plus old garbage a young collection leaves), the figure the bench's heap target is
 * about (ADR 12). Both are upper bounds of the live heap at their moment.
 */
final class HeapPeak {

    private static final List<MemoryPoolMXBean> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    private static final Set<String> HEAP_POOL_NAMES = HEAP_POOLS.stream().map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    private static final AtomicLong RETAINED_PEAK = new AtomicLong();
    private static final AtomicInteger COLLECTIONS = new AtomicInteger();

    static {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        retained(GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                                .getGcInfo().getMemoryUsageAfterGc());
                    }
                }, null, null);
            }
        }
    }

    private HeapPeak() {
    }

    private static void retained(Map<String, MemoryUsage> afterGc) {
        long used = afterGc.entrySet().stream().filter(e -> HEAP_POOL_NAMES.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed()).sum();
        COLLECTIONS.incrementAndGet();
        RETAINED_PEAK.accumulateAndGet(used, Math::max);
    }

    /** Heap in use after a full collection: what is live. */
    static long liveBytes() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static void reset() {
        HEAP_POOLS.forEach(MemoryPoolMXBean::resetPeakUsage);
        RETAINED_PEAK.set(0);
        COLLECTIONS.set(0);
    }

    static long peakBytes() {
        return HEAP_POOLS.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    /** 0 when no collection ran since the reset. */
    static long retainedPeakBytes() {
        return RETAINED_PEAK.get();
    }

    static int collections() {
        return COLLECTIONS.get();
    }

    static long maxBytes() {
        return Runtime.getRuntime().maxMemory();
    }
}
