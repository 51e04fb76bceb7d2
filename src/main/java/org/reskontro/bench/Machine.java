package org.reskontro.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Where the bench ran: cores, maximum heap, Java, operating system and the database server. */
record Machine(int cores, long maxHeapBytes, String java, String os, String postgres, Path dataDir) {

    static Machine describe(DataSource dataSource, Path dataDir) {
        String java = Runtime.version() + " (" + System.getProperty("java.vendor") + ", "
                + System.getProperty("java.vm.name") + ")";
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch");
        return new Machine(Runtime.getRuntime().availableProcessors(), HeapPeak.maxBytes(), java, os,
                postgres(dataSource), dataDir);
    }

    private static String postgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet version = statement.executeQuery("show server_version")) {
            version.next();
            return "PostgreSQL " + version.getString(1);
        } catch (SQLException e) {
            return "PostgreSQL (version unknown: " + e.getMessage() + ")";
        }
    }
}
