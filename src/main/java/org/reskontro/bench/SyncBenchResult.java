package org.reskontro.bench;

/**
 * Everything one run of the sync benchmark measured; the derived figures are those of the RESULT line.
 * {@code simulatorBytes} is the live heap the loaded simulator added (its books live in this JVM).
 */
record SyncBenchResult(int items, Machine machine, BulkBooks.Loaded books, long simulatorBytes,
        SyncMeasurement full, BulkBooks.Changed changes, SyncMeasurement delta, CopyBaseline.Copied copy) {

    static final int DELTA_REFERENCE_CHANGES = 10_000;
    private static final double MB = 1024 * 1024;

    double fullItemsPerSecond() {
        return full.openItems() / full.seconds();
    }

    double copySeconds() {
        return copy.nanos() / 1e9;
    }

    double copyRatio() {
        return (double) full.nanos() / copy.nanos();
    }

    boolean deltaScaled() {
        return changes.total() != DELTA_REFERENCE_CHANGES;
    }

    /** The delta's time for 10,000 changes: measured when 1 % is 10,000, else scaled linearly from the 1 %. */
    double delta10kSeconds() {
        return deltaScaled() ? delta.seconds() * DELTA_REFERENCE_CHANGES / changes.total() : delta.seconds();
    }

    long peakHeapMb() {
        return Math.round(Math.max(full.peakBytes(), delta.peakBytes()) / MB);
    }

    static long mb(long bytes) {
        return Math.round(bytes / MB);
    }
}
