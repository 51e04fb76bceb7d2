package org.reskontro.ledger.pdf;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.reskontro.ledger.PdfTransfer;
import org.reskontro.ledger.StoredPdf;
import org.reskontro.ledger.spi.ErpDocument;
import org.reskontro.ledger.spi.ErpStatus;
import org.reskontro.shared.CreditorId;
import org.reskontro.shared.DocumentKind;
import org.reskontro.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The document_pdf, document_pdf_failure and pdf_transfer rows. Every statement auto-commits: each stored PDF
 * is kept the moment it arrives, whatever happens to the rest of the transfer.
 */
@Repository
public class PdfRows {

    /** Open mirrored documents with a number that has no PDF (S-DOC-1 keys on the number, not the row). */
    private static final String MISSING = """
            from ledger.document d
            join ledger.open_item o on o.creditor_id = d.creditor_id and o.document_id = d.id
            left join ledger.document_pdf_failure f on f.creditor_id = d.creditor_id and f.document_id = d.id
            where d.creditor_id = ? and d.number is not null and o.open_amount <> 0
              and not exists (select 1 from ledger.document_pdf p
                              where p.creditor_id = d.creditor_id and p.kind = d.kind and p.number = d.number)
            """;

    private final JdbcClient jdbc;

    PdfRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Never-failed documents first, oldest due first; failed ones only once their retry time has come. */
    List<PdfCandidate> due(CreditorId creditor, Instant now, int limit) {
        return jdbc.sql("""
                select d.id, d.kind, d.external_id, d.number, d.customer_external_id, d.issue_date, d.due_date,
                       d.currency, o.total_incl_vat, d.total_excl_vat, o.erp_status, o.erp_version,
                       coalesce(f.failures, 0) as failures
                """ + MISSING + """
                  and (f.next_attempt_at is null or f.next_attempt_at <= ?)
                order by coalesce(f.failures, 0), d.due_date nulls last, d.kind, d.number
                limit ?""")
                .params(creditor.value(), Timestamp.from(now), limit).query(PdfRows::candidate).list();
    }

    int missing(CreditorId creditor) {
        return jdbc.sql("select count(*) " + MISSING).param(creditor.value()).query(Integer.class).single();
    }

    void store(CreditorId creditor, PdfCandidate candidate, byte[] pdf, UUID run, Instant at) {
        jdbc.sql("""
                insert into ledger.document_pdf (creditor_id, document_id, kind, number, content, sha256, size_bytes,
                    fetched_at, fetched_in_run)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(creditor.value(), candidate.documentId(), candidate.document().kind().name(),
                        candidate.document().number(), pdf, sha256(pdf), pdf.length, Timestamp.from(at), run)
                .update();
    }

    void recordFailure(CreditorId creditor, UUID documentId, String category, String message, Instant at,
            Instant nextAttempt) {
        jdbc.sql("""
                insert into ledger.document_pdf_failure (creditor_id, document_id, failures, last_category, last_error,
                    last_attempt_at, next_attempt_at)
                values (?, ?, 1, ?, ?, ?, ?)
                on conflict (creditor_id, document_id) do update set failures = document_pdf_failure.failures + 1,
                    last_category = excluded.last_category, last_error = excluded.last_error,
                    last_attempt_at = excluded.last_attempt_at, next_attempt_at = excluded.next_attempt_at""")
                .params(creditor.value(), documentId, category, message, Timestamp.from(at),
                        Timestamp.from(nextAttempt))
                .update();
    }

    UUID startRun(CreditorId creditor, Instant at) {
        UUID run = UUID.randomUUID();
        jdbc.sql("insert into ledger.pdf_transfer (creditor_id, id, started_at) values (?, ?, ?)")
                .params(creditor.value(), run, Timestamp.from(at)).update();
        return run;
    }

    void finishRun(CreditorId creditor, UUID run, PdfTransfer result, Instant at) {
        jdbc.sql("""
                update ledger.pdf_transfer set finished_at = ?, outcome = ?, fetched = ?, failed = ?, remaining = ?,
                    http_requests = ?, error_category = ?, error_message = ?
                where creditor_id = ? and id = ?""")
                .params(Timestamp.from(at), result.outcome().name(), result.fetched(), result.failed(),
                        result.remaining(), result.httpRequests(), result.errorCategory(), result.errorMessage(),
                        creditor.value(), run)
                .update();
    }

    public Optional<StoredPdf> find(CreditorId creditor, UUID documentId) {
        return jdbc.sql("""
                select document_id, kind, number, content, sha256, fetched_at from ledger.document_pdf
                where creditor_id = ? and document_id = ?""")
                .params(creditor.value(), documentId)
                .query((rs, n) -> new StoredPdf(rs.getObject("document_id", UUID.class),
                        DocumentKind.valueOf(rs.getString("kind")), rs.getLong("number"), rs.getBytes("content"),
                        rs.getString("sha256"), rs.getTimestamp("fetched_at").toInstant()))
                .optional();
    }

    public Set<UUID> stored(CreditorId creditor, Collection<UUID> documentIds) {
        if (documentIds.isEmpty()) {
            return Set.of();
        }
        String[] ids = documentIds.stream().map(UUID::toString).toArray(String[]::new);
        return new HashSet<>(jdbc.sql("""
                select document_id from ledger.document_pdf where creditor_id = ? and document_id = any(?::uuid[])""")
                .params(creditor.value(), ids).query(UUID.class).list());
    }

    private static PdfCandidate candidate(ResultSet rs, int row) throws SQLException {
        String currency = rs.getString("currency");
        ErpDocument document = new ErpDocument(rs.getString("external_id"), DocumentKind.valueOf(rs.getString("kind")),
                rs.getLong("number"), rs.getString("customer_external_id"),
                rs.getObject("issue_date", LocalDate.class), rs.getObject("due_date", LocalDate.class),
                Money.of(rs.getBigDecimal("total_incl_vat"), currency),
                Money.of(rs.getBigDecimal("total_excl_vat"), currency), status(rs.getString("erp_status")),
                rs.getString("erp_version"), false);
        return new PdfCandidate(rs.getObject("id", UUID.class), document, rs.getInt("failures"));
    }

    /** The mirror's status, in the SPI's words; anything else it may hold still counts as open here. */
    private static ErpStatus status(String mirrored) {
        for (ErpStatus status : ErpStatus.values()) {
            if (status.name().equals(mirrored)) {
                return status;
            }
        }
        return ErpStatus.OPEN;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
