package org.reskontro.ledger.persistence;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Rows for one table, collected as PostgreSQL COPY text and sent with {@code COPY … FROM STDIN} each time about
 * {@value #FLUSH_AT} bytes have gathered (and at the end), each chunk on a pooled connection taken only for that
 * moment: a sync waiting for the accounting system holds no connection. Auto-commit: staged rows are visible to the
 * apply that follows, and never part of the mirror.
 */
final class CopyBuffer {

    static final int FLUSH_AT = 1 << 20;

    private final DataSource dataSource;
    private final String copySql;
    private final StringBuilder text = new StringBuilder(FLUSH_AT + 4096);
    private int rows;
    private long rowsSent;

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
            flush();
        }
    }

    long rowsSent() {
        return rowsSent;
    }

    void flush() {
        if (rows == 0) {
            return;
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
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
        rowsSent += rows;
        rows = 0;
        text.setLength(0);
    }

    private void append(Object value) {
        switch (value) {
            case null -> text.append("\\N");
            case BigDecimal amount -> text.append(amount.toPlainString());
            case Boolean flag -> text.append(flag ? 't' : 'f');
            case Number number -> text.append(number);
            case CharSequence chars -> escape(chars);
            default -> escape(value.toString());
        }
    }

    /** COPY's text format: backslash, tab, newline and carriage return are escaped. */
    private void escape(CharSequence chars) {
        for (int i = 0; i < chars.length(); i++) {
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
}
