package org.reskontro.bench;

import java.nio.file.Path;

/** {@code --invoices N --creditors C} (defaults 1,000,000 and 1,000) and an optional {@code --data-dir}. */
record DunningBenchOptions(int invoices, int creditors, Path dataDir) {

    static DunningBenchOptions parse(String[] args) {
        int invoices = 1_000_000;
        int creditors = 1_000;
        Path dataDir = null;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            String value = i + 1 < args.length ? args[++i] : null;
            if (value == null) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            switch (name) {
                case "--invoices" -> invoices = count(name, value);
                case "--creditors" -> creditors = count(name, value);
                case "--data-dir" -> dataDir = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (creditors > invoices) {
            throw new IllegalArgumentException("--creditors cannot exceed --invoices");
        }
        return new DunningBenchOptions(invoices, creditors, dataDir);
    }

    private static int count(String name, String value) {
        try {
            int n = Integer.parseInt(value.replace("_", "").replace(",", ""));
            if (n < 1) {
                throw new IllegalArgumentException(name + " must be at least 1");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " takes a whole number, not '" + value + "'");
        }
    }
}
