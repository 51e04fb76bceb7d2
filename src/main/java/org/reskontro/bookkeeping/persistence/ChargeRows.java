package org.reskontro.bookkeeping.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.reskontro.bookkeeping.ChargeView;
import org.reskontro.bookkeeping.spi.ChargeKind;
import org.reskontro.shared.CreditorId;
import org.reskontro.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The charges made by dunning steps, as bookkeeping tracks them from booking to payment or write-off. */
@Repository
public class ChargeRows {

    /** A charge to insert; {@code bookingId} is the outbox row (and idempotency key) that books it. */
    public record NewCharge(UUID id, UUID sourceStepId, ChargeKind kind, UUID documentId, Long documentNumber,
                            String debtorExternalId, LocalDate chargedOn, Money amount, String explanation,
                            UUID bookingId) {
    }

    private static final String VIEW = """
            select c.id, c.seq, c.kind, c.document_id, c.document_number, c.debtor_external_id, c.charged_on, c.amount,
                   c.currency, c.booking_id, c.reversal_id, c.written_off_at, c.written_off_by, c.write_off_reason,
                   c.paid_amount, c.open_amount, c.monitored_at, c.explanation::text as explanation,
                   o.status as booking_status, o.external_id, o.external_number, r.status as reversal_status
            from bookkeeping.charge c
            join bookkeeping.outbox o on o.creditor_id = c.creditor_id and o.id = c.booking_id
            left join bookkeeping.outbox r on r.creditor_id = c.creditor_id and r.id = c.reversal_id
            """;

    private final JdbcClient jdbc;

    ChargeRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the charge unless its step's charge of that kind is already here; returns its seq if inserted. */
    public Optional<Long> insert(CreditorId creditor, NewCharge charge, Instant now) {
        return jdbc.sql("""
                insert into bookkeeping.charge (creditor_id, id, source_step_id, kind, document_id, document_number,
                    debtor_external_id, charged_on, amount, currency, explanation, booking_id, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)
                on conflict (creditor_id, source_step_id, kind) do nothing
                returning seq""")
                .params(creditor.value(), charge.id(), charge.sourceStepId(), charge.kind().name(), charge.documentId(),
                        charge.documentNumber(), charge.debtorExternalId(), charge.chargedOn(), charge.amount().amount(),
                        charge.amount().currency().getCurrencyCode(), charge.explanation(), charge.bookingId(), utc(now))
                .query(Long.class).optional();
    }

    public Optional<ChargeView> charge(CreditorId creditor, UUID id) {
        return jdbc.sql(VIEW + " where c.creditor_id = ? and c.id = ?").params(creditor.value(), id)
                .query(ChargeRows::view).optional();
    }

    /** For update: a write-off and a second write-off of the same charge must not both pass. */
    public Optional<ChargeView> lock(CreditorId creditor, UUID id) {
        return jdbc.sql(VIEW + " where c.creditor_id = ? and c.id = ? for update of c").params(creditor.value(), id)
                .query(ChargeRows::view).optional();
    }

    public List<ChargeView> charges(CreditorId creditor, UUID documentId, int limit) {
        if (documentId == null) {
            return jdbc.sql(VIEW + " where c.creditor_id = ? order by c.seq desc limit ?")
                    .params(creditor.value(), limit).query(ChargeRows::view).list();
        }
        return jdbc.sql(VIEW + " where c.creditor_id = ? and c.document_id = ? order by c.seq")
                .params(creditor.value(), documentId).query(ChargeRows::view).list();
    }

    /** The booked charge documents of one invoice that are not reversed: (kind, ERP id) in the order they were made. */
    public List<String[]> bookedDocuments(CreditorId creditor, UUID documentId) {
        return jdbc.sql("""
                select c.kind, o.external_id from bookkeeping.charge c
                join bookkeeping.outbox o on o.creditor_id = c.creditor_id and o.id = c.booking_id
                where c.creditor_id = ? and c.document_id = ? and c.written_off_at is null and o.status = 'SENT'
                  and o.external_state = 'BOOKED'
                order by c.seq""")
                .params(creditor.value(), documentId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    }

    /** The charges of one invoice not written off yet. */
    public List<UUID> standing(CreditorId creditor, UUID documentId) {
        return jdbc.sql("select id from bookkeeping.charge where creditor_id = ? and document_id = ? and written_off_at is null")
                .params(creditor.value(), documentId).query(UUID.class).list();
    }

    /** Charges whose document is booked and not written off: those payment monitoring watches. */
    public List<ChargeView> monitored(CreditorId creditor) {
        return jdbc.sql(VIEW + " where c.creditor_id = ? and o.status = 'SENT' and o.external_state = 'BOOKED' order by c.seq")
                .param(creditor.value()).query(ChargeRows::view).list();
    }

    public void writeOff(CreditorId creditor, UUID id, UUID reversal, String by, String reason, Instant now) {
        jdbc.sql("""
                update bookkeeping.charge set reversal_id = ?, written_off_at = ?, written_off_by = ?, write_off_reason = ?
                where creditor_id = ? and id = ?""")
                .params(reversal, utc(now), by, reason, creditor.value(), id).update();
    }

    public void monitored(CreditorId creditor, UUID id, BigDecimal open, BigDecimal paid, Instant now) {
        jdbc.sql("update bookkeeping.charge set open_amount = ?, paid_amount = ?, monitored_at = ? where creditor_id = ? and id = ?")
                .params(open, paid, utc(now), creditor.value(), id).update();
    }

    /** Interest notes sent (booked or proposed) with a seq above {@code afterSeq}, in order (S-FEE-3). */
    public List<ChargeView> interestNotesSentAfter(CreditorId creditor, long afterSeq) {
        return jdbc.sql(VIEW + " where c.creditor_id = ? and c.kind = 'INTEREST' and o.status = 'SENT' and c.seq > ? order by c.seq")
                .params(creditor.value(), afterSeq).query(ChargeRows::view).list();
    }

    public long notesListedUpTo(CreditorId creditor) {
        return jdbc.sql("select listed_seq from bookkeeping.note_list_cursor where creditor_id = ?")
                .param(creditor.value()).query(Long.class).optional().orElse(0L);
    }

    public void notesListed(CreditorId creditor, long seq) {
        jdbc.sql("""
                insert into bookkeeping.note_list_cursor (creditor_id, listed_seq) values (?, ?)
                on conflict (creditor_id) do update set listed_seq = greatest(note_list_cursor.listed_seq, excluded.listed_seq)""")
                .params(creditor.value(), seq).update();
    }

    /** Fees and interest charged and not written off, per invoice: {fees, interest} by document id. */
    public java.util.Map<UUID, BigDecimal[]> claimedByDocument(CreditorId creditor, java.util.Collection<UUID> documents) {
        java.util.Map<UUID, BigDecimal[]> claimed = new java.util.HashMap<>();
        if (documents.isEmpty()) {
            return claimed;
        }
        jdbc.sql("""
                select document_id, sum(case when kind = 'FEE' then amount else 0 end),
                       sum(case when kind = 'INTEREST' then amount else 0 end)
                from bookkeeping.charge where creditor_id = ? and document_id = any(?) and written_off_at is null
                group by document_id""")
                .params(creditor.value(), documents.toArray(UUID[]::new))
                .query(rs -> {
                    claimed.put(rs.getObject(1, UUID.class), new BigDecimal[] {rs.getBigDecimal(2), rs.getBigDecimal(3)});
                });
        return claimed;
    }

    private static ChargeView view(ResultSet rs, int row) throws SQLException {
        String currency = rs.getString("currency");
        BigDecimal open = rs.getBigDecimal("open_amount");
        return new ChargeView(rs.getObject("id", UUID.class), rs.getLong("seq"), ChargeKind.valueOf(rs.getString("kind")),
                rs.getObject("document_id", UUID.class),
                rs.getObject("document_number") == null ? null : rs.getLong("document_number"),
                rs.getString("debtor_external_id"), rs.getObject("charged_on", LocalDate.class),
                Money.of(rs.getBigDecimal("amount"), currency), rs.getObject("booking_id", UUID.class),
                rs.getString("booking_status"), rs.getString("external_id"),
                rs.getObject("external_number") == null ? null : rs.getLong("external_number"),
                rs.getObject("reversal_id", UUID.class), rs.getString("reversal_status"),
                rs.getTimestamp("written_off_at") == null ? null : rs.getTimestamp("written_off_at").toInstant(),
                rs.getString("written_off_by"), rs.getString("write_off_reason"),
                Money.of(rs.getBigDecimal("paid_amount"), currency), open == null ? null : Money.of(open, currency),
                rs.getString("explanation"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
