package org.reskontro.notification.persistence;

import static org.reskontro.notification.persistence.NoticeRows.instant;
import static org.reskontro.notification.persistence.NoticeRows.timestamp;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.reskontro.notification.NoticeId;
import org.reskontro.notification.PrintBatch;
import org.reskontro.notification.PrintBatchId;
import org.reskontro.notification.PrintBatchSummary;
import org.reskontro.shared.CreditorId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The print queue (letters whose letter part is queued) and the print batches made from it. */
@Repository
public class PrintRows {

    /** A queued letter: its PDF, then its PDF enclosures, in print order. */
    public record QueuedLetter(NoticeId id, List<byte[]> pdfs) {
    }

    private final JdbcClient jdbc;

    public PrintRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int queued(CreditorId creditor) {
        return jdbc.sql("""
                select count(*) from notification.notice where creditor_id = :creditor and letter_status = 'PRINT_QUEUED'
                """)
                .param("creditor", creditor.value()).query(Integer.class).single();
    }

    /** The creditor's queued letters in the order they were recorded, locked until the transaction ends (a second batch waits). */
    public List<QueuedLetter> lockQueue(CreditorId creditor, int limit) {
        List<NoticeId> ids = jdbc.sql("""
                select id from notification.notice where creditor_id = :creditor and letter_status = 'PRINT_QUEUED'
                order by seq limit :limit for update
                """)
                .param("creditor", creditor.value()).param("limit", limit)
                .query((rs, n) -> new NoticeId(rs.getObject(1, UUID.class))).list();
        return ids.stream().map(id -> new QueuedLetter(id, pdfs(creditor, id))).toList();
    }

    private List<byte[]> pdfs(CreditorId creditor, NoticeId id) {
        return jdbc.sql("""
                select pdf from (
                    select 0 as position, pdf from notification.notice where creditor_id = :creditor and id = :id
                    union all
                    select position + 1, content from notification.notice_attachment
                    where creditor_id = :creditor and notice_id = :id and lower(content_type) = 'application/pdf'
                ) parts order by position
                """)
                .param("creditor", creditor.value()).param("id", id.value())
                .query((rs, n) -> rs.getBytes(1)).list();
    }

    public void insert(PrintBatch batch) {
        jdbc.sql("""
                insert into notification.print_batch (creditor_id, id, created_at, letters, pages, pdf)
                values (:creditor, :id, :at, :letters, :pages, :pdf)
                """)
                .param("creditor", batch.creditor().value()).param("id", batch.id().value())
                .param("at", timestamp(batch.createdAt())).param("letters", batch.letters())
                .param("pages", batch.pages()).param("pdf", batch.pdf()).update();
    }

    public Optional<PrintBatch> find(CreditorId creditor, PrintBatchId id) {
        return jdbc.sql("""
                select created_at, letters, pages, pdf from notification.print_batch
                where creditor_id = :creditor and id = :id
                """)
                .param("creditor", creditor.value()).param("id", id.value())
                .query((rs, n) -> new PrintBatch(id, creditor, instant(rs, "created_at"), rs.getInt("letters"),
                        rs.getInt("pages"), rs.getBytes("pdf")))
                .optional();
    }

    /** The newest first, without their PDFs. */
    public List<PrintBatchSummary> list(CreditorId creditor, int limit) {
        return jdbc.sql("""
                select id, created_at, letters, pages from notification.print_batch where creditor_id = :creditor
                order by created_at desc, id limit :limit
                """)
                .param("creditor", creditor.value()).param("limit", limit)
                .query((rs, n) -> new PrintBatchSummary(new PrintBatchId(rs.getObject("id", UUID.class)),
                        instant(rs, "created_at"), rs.getInt("letters"), rs.getInt("pages")))
                .list();
    }
}
