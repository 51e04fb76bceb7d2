package org.reskontro.ledger.persistence;

import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The memory the apply of a sync may use for each sort and hash ({@code work_mem}), raised for its transaction only
 * ({@code SET LOCAL}): with the server's default (4 MB) the apply of a million new documents sorted them and hashed
 * their staged rows on disk. {@code reskontro.sync.statement-memory}, a PostgreSQL size; a server that runs many large
 * syncs at once wants it lower. (The derivation of balances spills too, but raising it there did not make it faster:
 * measured at a million documents.)
 */
@Component
final class StatementMemory {

    private static final Pattern SIZE = Pattern.compile("\\d+\\s*(kB|MB|GB)");

    private final JdbcTemplate jdbc;
    private final String size;

    StatementMemory(JdbcTemplate jdbc, @Value("${reskontro.sync.statement-memory:256MB}") String size) {
        if (!SIZE.matcher(size).matches()) {
            throw new IllegalArgumentException("reskontro.sync.statement-memory must be a PostgreSQL size such as "
                    + "256MB, was '" + size + "'");
        }
        this.jdbc = jdbc;
        this.size = size.replace(" ", "");
    }

    /** Raises the memory for the rest of the caller's transaction. */
    void raiseForTransaction() {
        jdbc.execute("set local work_mem = '" + size + "'");
    }
}
