package org.reskontro.ledger.persistence;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Rows for one table, collected as PostgreSQL COPY text and sent with {@code COPY … FROM STDIN} each time about
 * {@value #FLUSH_AT} bytes have gathered (and at the end), each chunk on a pooled connection taken only for that
 * moment: a sync waiting for the accounting system holds no connection. Auto-commit: staged rows are visible to the
 * apply that follows, and never part of the mirror.
 * <p>
 * A full chunk is sent on a thread of its own while the next one gathers, so reading the accounting system and
 * PostgreSQL's ingest overlap; at most one chunk is in flight (memory stays at two chunks), and its failure is thrown
 * by the next {@link #row}, {@link #flush} or full chunk. {@link #flush} returns once every row is stored. One thread
 * at a time uses a buffer.
 */
final class CopyBuffer {

    static final int FLUSH_AT = 1 << 20;

    private final DataSource dataSource;
    private final String copySql;
    private final StringBuilder text = new StringBuilder(FLUSH_AT + 4096);
    private int rows;
    private long rowsSent;
    /** The chunk being sent, or null; it adds its rows to {@link #rowsSent} (read after it is awaited). */
    private FutureTask<Void> inFlight;

    CopyBuffer(DataSource dataSource, String table, String columns) {
        this.dataSource = dataSource;
        this.copySql = "copy " + table + " (" + columns + ") from stdin";
    }

    /** One row, values in column order; null is SQL NULL. */
    void row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            append(values[i]);
        }
        text.append('\n');
        rows++;
        if (text.length() >= FLUSH_AT) {
            sendInBackground();
        } else if (inFlight != null && inFlight.isDone()) {
            awaitInFlight(); // a failed chunk fails the next row
        }
    }

    long rowsSent() {
        return rowsSent;
    }

    /** Sends what is gathered and waits until every row of this buffer is stored. */
    void flush() {
        awaitInFlight();
        if (rows == 0) {
            return;
        }
        int chunkRows = rows;
        copy(takeChunk());
        rowsSent += chunkRows;
    }

    /** Waits for a chunk still in flight and forgets its outcome: the run failed, its rows are about to go. */
    void abandon() {
        try {
            awaitInFlight();
        } catch (RuntimeException e) {
            // the run's own failure is what counts
        }
    }

    /** Forgets every row of this buffer, sent or not (the caller deletes the stored ones). */
    void clear() {
        abandon();
        rows = 0;
        rowsSent = 0;
        text.setLength(0);
    }

    private void sendInBackground() {
        awaitInFlight();
        int chunkRows = rows;
        byte[] chunk = takeChunk();
        FutureTask<Void> task = new FutureTask<>(() -> {
            copy(chunk);
            rowsSent += chunkRows;
            return null;
        });
        inFlight = task;
        Thread.ofVirtual().name("copy " + copySql.substring(5, copySql.indexOf(' ', 5))).start(task);
    }

    private void awaitInFlight() {
        FutureTask<Void> task = inFlight;
        if (task == null) {
            return;
        }
        inFlight = null;
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    task.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true; // the chunk is on its way regardless; wait for its outcome
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException failure) {
                        throw failure;
                    }
                    throw new DataAccessResourceFailureException("Staging rows failed: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private byte[] takeChunk() {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        rows = 0;
        text.setLength(0);
        return bytes;
    }

    private void copy(byte[] bytes) {
        try (Connection connection = dataSource.getConnection()) {
            CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
            try {
                in.writeToCopy(bytes, 0, bytes.length);
                in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Staging rows failed: " + e.getMessage(), e);
        }
    }

    private void append(Object value) {
        switch (value) {
            case null -> text.append("\\N");
            case BigDecimal amount -> text.append(amount.toPlainString());
            case Boolean flag -> text.append(flag ? 't' : 'f');
            case Number number -> text.append(number);
            case UUID id -> text.append(id.toString()); // hex and dashes: nothing to escape
            case LocalDate date -> text.append(date.toString());
            case CharSequence chars -> escape(chars);
            default -> escape(value.toString());
        }
    }

    /** COPY's text format: backslash, tab, newline and carriage return are escaped. */
    private void escape(CharSequence chars) {
        int first = 0;
        while (first < chars.length() && !special(chars.charAt(first))) {
            first++;
        }
        if (first == chars.length()) {
            text.append(chars); // the usual case, in one copy
            return;
        }
        text.append(chars, 0, first);
        for (int i = first; i < chars.length(); i++) {
            char c = chars.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }

    private static boolean special(char c) {
        return c == '\\' || c == '\t' || c == '\n' || c == '\r';
    }
}
