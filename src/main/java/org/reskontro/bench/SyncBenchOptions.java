package org.reskontro.bench;

import java.nio.file.Path;

/** {@code --items N} (open items to load, at least 100) and an optional {@code --data-dir} (null: a temporary one). */
record SyncBenchOptions(int items, Path dataDir) {

    static final int MIN_ITEMS = 100;

    static SyncBenchOptions parse(String[] args) {
        Integer items = null;
        Path dataDir = null;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            String value = i + 1 < args.length ? args[++i] : null;
            if (value == null) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            switch (name) {
                case "--items" -> items = count(value);
                case "--data-dir" -> dataDir = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (items == null) {
            throw new IllegalArgumentException("--items is required");
        }
        return new SyncBenchOptions(items, dataDir);
    }

    private static int count(String value) {
        int items;
        try {
            items = Integer.parseInt(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--items takes a whole number, not '" + value + "'");
        }
        if (items < MIN_ITEMS) {
            throw new IllegalArgumentException("--items must be at least " + MIN_ITEMS + " (1 % of it is changed)");
        }
        return items;
    }
}
