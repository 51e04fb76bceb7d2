package org.reskontro.testing;

import java.nio.file.Path;

/** Where tests write: under the build directory, so two builds of one checkout never share a database folder. */
public final class TestDirectories {

    private TestDirectories() {
    }

    public static Path of(String name) {
        return Path.of(System.getProperty("reskontro.test-data-dir", "target/test-data")).resolveSibling(name);
    }
}
