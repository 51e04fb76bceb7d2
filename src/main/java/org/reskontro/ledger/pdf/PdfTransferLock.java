package org.reskontro.ledger.pdf;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.reskontro.shared.CreditorId;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * One PDF transfer per creditor at a time, across nodes: a PostgreSQL advisory lock held by a transaction on a
 * connection of its own. The transaction's end releases it, and so does a node dying (its connection drops),
 * so no lock outlives its holder. Without it, the scheduler and a "transfer now" could fetch a PDF twice.
 */
@Component
class PdfTransferLock {

    private final DataSource dataSource;

    PdfTransferLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs {@code work} holding the creditor's lock; empty, without running it, when another holds the lock. */
    <T> Optional<T> whileHolding(CreditorId creditor, Supplier<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                return locked(connection, creditor) ? Optional.of(work.get()) : Optional.empty();
            } finally {
                connection.rollback(); // ends the transaction, which releases the lock; nothing was written on it
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Cannot take the PDF transfer lock of " + creditor, e);
        }
    }

    private static boolean locked(Connection connection, CreditorId creditor) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select pg_try_advisory_xact_lock(hashtextextended(?, 0))")) {
            statement.setString(1, "ledger.pdf_transfer/" + creditor);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }
}
