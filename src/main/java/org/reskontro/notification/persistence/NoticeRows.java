package org.reskontro.notification.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.reskontro.notification.Attachment;
import org.reskontro.notification.Channel;
import org.reskontro.notification.Fallback;
import org.reskontro.notification.NoticeEvent;
import org.reskontro.notification.NoticeId;
import org.reskontro.notification.NoticeKind;
import org.reskontro.notification.NoticeStatus;
import org.reskontro.notification.NoticeView;
import org.reskontro.notification.PrintBatchId;
import org.reskontro.notification.delivery.NoticeState;
import org.reskontro.notification.mail.OutgoingMail;
import org.reskontro.shared.CreditorId;
import org.reskontro.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Notices, their attachments and history (schema {@code notification}); every query is bounded by a creditor. */
@Repository
public class NoticeRows {

    /** A notice to record, fully rendered. */
    public record NewNotice(CreditorId creditor, NoticeId id, String idempotencyKey, NoticeKind kind,
                            Channel requested, NoticeState state, Locale language, String senderName,
                            String replyTo, String recipientName, String recipientEmail, List<String> address,
                            String subject, String body, String pdfFileName, byte[] pdf, LocalDate date,
                            LocalDate deadline, Money total, String paymentReference, String messageId,
                            List<Attachment> attachments, Instant createdAt) {
    }

    /** A notice's delivery state as stored, and whether it has a postal address to fall back on. */
    public record Stored(NoticeState state, boolean postalAddress) {
    }

    private static final String VIEW_COLUMNS = """
            n.creditor_id, n.id, n.idempotency_key, n.kind, n.requested_channel, n.channel, n.status, n.email_status,
            n.letter_status, n.fallback, n.fallback_reason, n.failure, n.attempts, n.next_attempt_at, n.language,
            n.recipient_name, n.recipient_email, n.recipient_address, n.subject, n.document_date, n.deadline, n.total,
            n.currency, n.payment_reference, n.message_id, n.bounce_reason, n.bounced_at, n.print_batch_id,
            n.created_at, n.sent_at, n.printed_at,
            (select coalesce(string_agg(a.file_name, '/' order by a.position), '') from notification.notice_attachment a
              where a.creditor_id = n.creditor_id and a.notice_id = n.id) as attachment_names
            """;

    private final JdbcClient jdbc;

    public NoticeRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the notice unless its idempotency key is already taken; true if this call recorded it. */
    public boolean insert(NewNotice notice) {
        NoticeState state = notice.state();
        int inserted = jdbc.sql("""
                insert into notification.notice (creditor_id, id, idempotency_key, kind, requested_channel, channel,
                    status, email_status, letter_status, fallback, fallback_reason, failure, attempts, next_attempt_at,
                    language, sender_name, reply_to, recipient_name, recipient_email, recipient_address, subject, body,
                    pdf_file_name, pdf, document_date, deadline, total, currency, payment_reference, message_id,
                    created_at)
                values (:creditor, :id, :key, :kind, :requested, :channel, :status, :email, :letter, :fallback,
                    :fallbackReason, :failure, :attempts, :next, :language, :senderName, :replyTo, :recipientName,
                    :recipientEmail, :address, :subject, :body, :pdfFileName, :pdf, :date, :deadline, :total,
                    :currency, :reference, :messageId, :createdAt)
                on conflict (creditor_id, idempotency_key) do nothing
                """)
                .param("creditor", notice.creditor().value()).param("id", notice.id().value())
                .param("key", notice.idempotencyKey()).param("kind", notice.kind().name())
                .param("requested", notice.requested().name()).param("channel", state.channel().name())
                .param("status", state.status().name()).param("email", name(state.email()))
                .param("letter", name(state.letter())).param("fallback", name(state.fallback()))
                .param("fallbackReason", state.fallbackReason()).param("failure", state.failure())
                .param("attempts", state.attempts()).param("next", timestamp(state.nextAttemptAt()))
                .param("language", notice.language().toLanguageTag()).param("senderName", notice.senderName())
                .param("replyTo", notice.replyTo()).param("recipientName", notice.recipientName())
                .param("recipientEmail", notice.recipientEmail())
                .param("address", String.join("\n", notice.address())).param("subject", notice.subject())
                .param("body", notice.body()).param("pdfFileName", notice.pdfFileName()).param("pdf", notice.pdf())
                .param("date", notice.date()).param("deadline", notice.deadline())
                .param("total", notice.total().amount()).param("currency", notice.total().currency().getCurrencyCode())
                .param("reference", notice.paymentReference()).param("messageId", notice.messageId())
                .param("createdAt", timestamp(notice.createdAt()))
                .update();
        if (inserted == 0) {
            return false;
        }
        for (int i = 0; i < notice.attachments().size(); i++) {
            Attachment attachment = notice.attachments().get(i);
            jdbc.sql("""
                    insert into notification.notice_attachment (creditor_id, notice_id, position, file_name,
                        content_type, content) values (:creditor, :id, :position, :name, :type, :content)
                    """)
                    .param("creditor", notice.creditor().value()).param("id", notice.id().value())
                    .param("position", i).param("name", attachment.fileName()).param("type", attachment.contentType())
                    .param("content", attachment.content()).update();
        }
        return true;
    }

    public void event(CreditorId creditor, NoticeId id, Instant at, NoticeEvent.Type type, String detail) {
        jdbc.sql("""
                insert into notification.notice_event (creditor_id, notice_id, at, type, detail)
                values (:creditor, :id, :at, :type, :detail)
                """)
                .param("creditor", creditor.value()).param("id", id.value()).param("at", timestamp(at))
                .param("type", type.name()).param("detail", detail).update();
    }

    public List<NoticeEvent> history(CreditorId creditor, NoticeId id) {
        return jdbc.sql("""
                select at, type, detail from notification.notice_event
                where creditor_id = :creditor and notice_id = :id order by seq
                """)
                .param("creditor", creditor.value()).param("id", id.value())
                .query((rs, n) -> new NoticeEvent(instant(rs, "at"), NoticeEvent.Type.valueOf(rs.getString("type")),
                        rs.getString("detail")))
                .list();
    }

    public Optional<NoticeView> find(CreditorId creditor, NoticeId id) {
        return jdbc.sql("select " + VIEW_COLUMNS + " from notification.notice n where n.creditor_id = :creditor"
                        + " and n.id = :id")
                .param("creditor", creditor.value()).param("id", id.value())
                .query(NoticeRows::view).optional();
    }

    public Optional<NoticeView> findByKey(CreditorId creditor, String idempotencyKey) {
        return jdbc.sql("select " + VIEW_COLUMNS + " from notification.notice n where n.creditor_id = :creditor"
                        + " and n.idempotency_key = :key")
                .param("creditor", creditor.value()).param("key", idempotencyKey)
                .query(NoticeRows::view).optional();
    }

    /** The newest first. */
    public List<NoticeView> list(CreditorId creditor, int limit) {
        return jdbc.sql("select " + VIEW_COLUMNS + " from notification.notice n where n.creditor_id = :creditor"
                        + " order by n.created_at desc, n.seq desc limit :limit")
                .param("creditor", creditor.value()).param("limit", limit)
                .query(NoticeRows::view).list();
    }

    public Optional<byte[]> pdf(CreditorId creditor, NoticeId id) {
        return jdbc.sql("select pdf from notification.notice where creditor_id = :creditor and id = :id")
                .param("creditor", creditor.value()).param("id", id.value())
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** The notice whose e-mail carried this Message-ID (the one notice-wide lookup: Message-IDs are unique). */
    public Optional<NoticeKey> findByMessageId(String messageId) {
        return jdbc.sql("select creditor_id, id from notification.notice where message_id = :messageId")
                .param("messageId", messageId)
                .query((rs, n) -> new NoticeKey(new CreditorId(rs.getObject(1, UUID.class)),
                        new NoticeId(rs.getObject(2, UUID.class))))
                .optional();
    }

    public Optional<OutgoingMail> outgoing(CreditorId creditor, NoticeId id) {
        List<Attachment> attachments = attachments(creditor, id);
        return jdbc.sql("""
                select recipient_email, recipient_name, sender_name, reply_to, subject, body, pdf_file_name, pdf,
                    message_id from notification.notice where creditor_id = :creditor and id = :id
                """)
                .param("creditor", creditor.value()).param("id", id.value())
                .query((rs, n) -> new OutgoingMail(rs.getString("recipient_email"), rs.getString("recipient_name"),
                        rs.getString("sender_name"), rs.getString("reply_to"), rs.getString("subject"),
                        rs.getString("body"), rs.getString("pdf_file_name"), rs.getBytes("pdf"), attachments,
                        rs.getString("message_id")))
                .optional();
    }

    public List<Attachment> attachments(CreditorId creditor, NoticeId id) {
        return jdbc.sql("""
                select file_name, content_type, content from notification.notice_attachment
                where creditor_id = :creditor and notice_id = :id order by position
                """)
                .param("creditor", creditor.value()).param("id", id.value())
                .query((rs, n) -> new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3))).list();
    }

    /** The notice's state, locked until the surrounding transaction ends. */
    public Optional<Stored> lock(CreditorId creditor, NoticeId id) {
        return jdbc.sql("""
                select channel, email_status, letter_status, fallback, fallback_reason, failure, attempts,
                    next_attempt_at, recipient_address <> '' as postal
                from notification.notice where creditor_id = :creditor and id = :id for update
                """)
                .param("creditor", creditor.value()).param("id", id.value())
                .query((rs, n) -> new Stored(new NoticeState(Channel.valueOf(rs.getString("channel")),
                        status(rs, "email_status"), status(rs, "letter_status"),
                        rs.getString("fallback") == null ? null : Fallback.valueOf(rs.getString("fallback")),
                        rs.getString("fallback_reason"), rs.getString("failure"), rs.getInt("attempts"),
                        instant(rs, "next_attempt_at")), rs.getBoolean("postal")))
                .optional();
    }

    /** Writes a new state; {@code extra} sets further columns (sent_at, bounce_reason …) by name. */
    public void save(CreditorId creditor, NoticeId id, NoticeState state, Map<String, Object> extra) {
        String assignments = extra.keySet().stream().map(column -> ", " + column + " = :" + column)
                .collect(Collectors.joining());
        var statement = jdbc.sql("""
                update notification.notice set channel = :channel, status = :status, email_status = :email,
                    letter_status = :letter, fallback = :fallback, fallback_reason = :fallbackReason,
                    failure = :failure, attempts = :attempts, next_attempt_at = :next""" + assignments + """
                 where creditor_id = :creditor and id = :id
                """)
                .param("creditor", creditor.value()).param("id", id.value())
                .param("channel", state.channel().name()).param("status", state.status().name())
                .param("email", name(state.email())).param("letter", name(state.letter()))
                .param("fallback", name(state.fallback())).param("fallbackReason", state.fallbackReason())
                .param("failure", state.failure()).param("attempts", state.attempts())
                .param("next", timestamp(state.nextAttemptAt()));
        for (Map.Entry<String, Object> column : extra.entrySet()) {
            statement = statement.param(column.getKey(), column.getValue() instanceof Instant at ? timestamp(at)
                    : column.getValue());
        }
        statement.update();
    }

    /**
     * Claims up to {@code limit} e-mails whose next attempt is due: their next attempt moves to {@code leaseUntil},
     * so no other node (or run) takes them while this one sends. Locked rows are skipped, not waited for.
     */
    public List<NoticeKey> claimDue(Instant now, Instant leaseUntil, int limit) {
        return jdbc.sql("""
                update notification.notice n set next_attempt_at = :lease
                where (n.creditor_id, n.id) in (
                    select creditor_id, id from notification.notice
                    where next_attempt_at <= :now and email_status in ('PENDING', 'FAILED')
                    order by next_attempt_at limit :limit for update skip locked)
                returning n.creditor_id, n.id
                """)
                .param("now", timestamp(now)).param("lease", timestamp(leaseUntil)).param("limit", limit)
                .query((rs, n) -> new NoticeKey(new CreditorId(rs.getObject(1, UUID.class)),
                        new NoticeId(rs.getObject(2, UUID.class))))
                .list();
    }

    /** A notice's full id: its creditor and its own id. */
    public record NoticeKey(CreditorId creditor, NoticeId id) {
    }

    private static NoticeView view(ResultSet rs, int row) throws SQLException {
        String names = rs.getString("attachment_names");
        String address = rs.getString("recipient_address");
        UUID batch = rs.getObject("print_batch_id", UUID.class);
        return new NoticeView(new NoticeId(rs.getObject("id", UUID.class)),
                new CreditorId(rs.getObject("creditor_id", UUID.class)), rs.getString("idempotency_key"),
                NoticeKind.valueOf(rs.getString("kind")), Channel.valueOf(rs.getString("requested_channel")),
                Channel.valueOf(rs.getString("channel")), NoticeStatus.valueOf(rs.getString("status")),
                status(rs, "email_status"), status(rs, "letter_status"),
                rs.getString("fallback") == null ? null : Fallback.valueOf(rs.getString("fallback")),
                rs.getString("fallback_reason"), rs.getString("failure"), rs.getInt("attempts"),
                instant(rs, "next_attempt_at"), Locale.forLanguageTag(rs.getString("language")),
                rs.getString("recipient_name"), rs.getString("recipient_email"),
                address.isEmpty() ? List.of() : List.of(address.split("\n")), rs.getString("subject"),
                rs.getObject("document_date", LocalDate.class), rs.getObject("deadline", LocalDate.class),
                new Money(rs.getBigDecimal("total"), Currency.getInstance(rs.getString("currency").trim())),
                rs.getString("payment_reference"), rs.getString("message_id"), rs.getString("bounce_reason"),
                instant(rs, "bounced_at"), batch == null ? null : new PrintBatchId(batch), instant(rs, "created_at"),
                instant(rs, "sent_at"), instant(rs, "printed_at"),
                names.isEmpty() ? List.of() : List.of(names.split("/")));
    }

    private static NoticeStatus status(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : NoticeStatus.valueOf(value);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
