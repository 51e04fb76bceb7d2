package org.reskontro.bench;

/** Everything one run of the sync benchmark measured; the derived figures are those of the RESULT line. */
record SyncBenchResult(int items, Machine machine, SimulatorProcess.Loaded books, SyncMeasurement full,
        SimulatorProcess.Changed changes, SyncMeasurement delta, CopyBaseline.Copied copy) {

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

    /** The larger retained peak of the two syncs (see {@link SyncMeasurement#heapBytes()}). */
    long peakHeapMb() {
        return Math.round(Math.max(full.heapBytes(), delta.heapBytes()) / MB);
    }

    static long mb(long bytes) {
        return Math.round(bytes / MB);
    }
}
