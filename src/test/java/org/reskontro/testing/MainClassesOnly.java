package org.reskontro.testing;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Production classes only, wherever the build directory is: ArchUnit's own DoNotIncludeTests only knows
 * {@code target/test-classes}, and a build with {@code -Dreskontro.build.dir} puts them elsewhere.
 */
public final class MainClassesOnly implements ImportOption {

    @Override
    public boolean includes(Location location) {
        return !location.contains("/test-classes/");
    }
}
