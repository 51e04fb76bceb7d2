package org.reskontro.dunning.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.reskontro.dunning.domain.IssuedStep;
import org.reskontro.dunning.domain.StepType;
import org.reskontro.shared.CreditorId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The steps issued per invoice and the letters that carried them. */
@Repository
public class IssuedRows {

    /** One issued step with the terms it was made with. */
    public record IssuedRow(UUID id, UUID documentId, String debtor, Long documentNumber, int stepIndex, int occurrence,
                            StepType type, LocalDate issuedOn, LocalDate deadline, UUID policyId, int policyVersion,
                            boolean manual, UUID letterId, BigDecimal open, BigDecimal fee, BigDecimal interest,
                            String currency, String feeExplanation, String interestExplanation) {
    }

    /** One letter to one debtor, grouping the invoices due for the same step on the same day. */
    public record LetterRow(UUID id, String debtor, StepType type, LocalDate issuedOn, LocalDate deadline,
                            String channel, int invoices, BigDecimal total, String currency, String status,
                            UUID noticeId) {
    }

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate template;

    public IssuedRows(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public Map<UUID, List<IssuedStep>> histories(CreditorId creditor) {
        Map<UUID, List<IssuedStep>> histories = new HashMap<>();
        jdbc.sql("""
                select i.document_id, i.step_index, i.step_type, i.issued_on, i.deadline from dunning.issued i
                join dunning.letter l on l.creditor_id = i.creditor_id and l.id = i.letter_id
                where i.creditor_id = ? and l.status <> 'CANCELLED'
                order by i.document_id, i.issued_on, i.created_at, i.step_index, i.occurrence""")
                .param(creditor.value())
                .query(rs -> {
                    histories.computeIfAbsent(rs.getObject("document_id", UUID.class), d -> new ArrayList<>())
                            .add(new IssuedStep(rs.getInt("step_index"), StepType.valueOf(rs.getString("step_type")),
                                    rs.getObject("issued_on", LocalDate.class), rs.getObject("deadline", LocalDate.class)));
                });
        return histories;
    }

    /**
     * Serialises dunning runs of one creditor (a transaction-scoped advisory lock): a second node's run of the same
     * day waits, then reads the steps this one issued and issues nothing twice.
     */
    public void lock(CreditorId creditor) {
        long key = creditor.value().getMostSignificantBits() ^ creditor.value().getLeastSignificantBits() ^ 0x64756e6eL;
        jdbc.sql("select pg_advisory_xact_lock(?)").param(key).query(rs -> { });
    }

    /** The day's letters and steps in two batches; the unique key still guards against any step issued twice. */
    public void insertAll(CreditorId creditor, List<LetterRow> letters, List<IssuedRow> steps, Instant at) {
        if (letters.isEmpty()) {
            return;
        }
        OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        template.batchUpdate("""
                insert into dunning.letter (creditor_id, id, debtor_external_id, step_type, issued_on, deadline, channel,
                    invoices, total, currency, status, notice_id, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                letters.stream().map(l -> new Object[] {creditor.value(), l.id(), l.debtor(), l.type().name(),
                        l.issuedOn(), l.deadline(), l.channel(), l.invoices(), l.total(), l.currency(), l.status(),
                        l.noticeId(), when}).toList());
        template.batchUpdate("""
                insert into dunning.issued (creditor_id, id, document_id, debtor_external_id, document_number,
                    step_index, occurrence, step_type, issued_on, deadline, policy_id, policy_version, manual, letter_id,
                    open_amount, fee, interest, currency, fee_explanation, interest_explanation, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?)""",
                steps.stream().map(r -> new Object[] {creditor.value(), r.id(), r.documentId(), r.debtor(),
                        r.documentNumber(), r.stepIndex(), r.occurrence(), r.type().name(), r.issuedOn(), r.deadline(),
                        r.policyId(), r.policyVersion(), r.manual(), r.letterId(), r.open(), r.fee(), r.interest(),
                        r.currency(), r.feeExplanation(), r.interestExplanation(), when}).toList());
    }





    public void setLetterStatus(CreditorId creditor, UUID letter, String status, UUID noticeId) {
        jdbc.sql("update dunning.letter set status = ?, notice_id = coalesce(?, notice_id) where creditor_id = ? and id = ?")
                .params(status, noticeId, creditor.value(), letter).update();
    }

    public List<LetterRow> letters(CreditorId creditor, int limit) {
        return jdbc.sql("select * from dunning.letter where creditor_id = ? order by issued_on desc, created_at desc limit ?")
                .params(creditor.value(), limit).query(IssuedRows::letter).list();
    }

    public java.util.Optional<LetterRow> letter(CreditorId creditor, UUID letter) {
        return jdbc.sql("select * from dunning.letter where creditor_id = ? and id = ?")
                .params(creditor.value(), letter).query(IssuedRows::letter).optional();
    }

    /** Each document's last step sent (not cancelled): its type and day, for the outstanding list. */
    public Map<UUID, IssuedStep> lastSteps(CreditorId creditor) {
        Map<UUID, IssuedStep> last = new HashMap<>();
        jdbc.sql("""
                select distinct on (i.document_id) i.document_id, i.step_index, i.step_type, i.issued_on, i.deadline
                from dunning.issued i
                join dunning.letter l on l.creditor_id = i.creditor_id and l.id = i.letter_id
                where i.creditor_id = ? and l.status <> 'CANCELLED'
                order by i.document_id, i.issued_on desc, i.created_at desc""")
                .param(creditor.value())
                .query(rs -> {
                    last.put(rs.getObject("document_id", UUID.class), new IssuedStep(rs.getInt("step_index"),
                            StepType.valueOf(rs.getString("step_type")), rs.getObject("issued_on", LocalDate.class),
                            rs.getObject("deadline", LocalDate.class)));
                });
        return last;
    }

    public List<LetterRow> lettersWithStatus(CreditorId creditor, String status) {
        return jdbc.sql("select * from dunning.letter where creditor_id = ? and status = ? order by issued_on, created_at")
                .params(creditor.value(), status).query(IssuedRows::letter).list();
    }

    public List<IssuedRow> ofLetter(CreditorId creditor, UUID letter) {
        return jdbc.sql("select * from dunning.issued where creditor_id = ? and letter_id = ? order by document_number")
                .params(creditor.value(), letter).query(IssuedRows::issued).list();
    }

    public List<IssuedRow> ofDocument(CreditorId creditor, UUID document) {
        return jdbc.sql("select * from dunning.issued where creditor_id = ? and document_id = ? order by issued_on, created_at")
                .params(creditor.value(), document).query(IssuedRows::issued).list();
    }

    private static LetterRow letter(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new LetterRow(rs.getObject("id", UUID.class), rs.getString("debtor_external_id"),
                StepType.valueOf(rs.getString("step_type")), rs.getObject("issued_on", LocalDate.class),
                rs.getObject("deadline", LocalDate.class), rs.getString("channel"), rs.getInt("invoices"),
                rs.getBigDecimal("total"), rs.getString("currency"), rs.getString("status"),
                rs.getObject("notice_id", UUID.class));
    }

    private static IssuedRow issued(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new IssuedRow(rs.getObject("id", UUID.class), rs.getObject("document_id", UUID.class),
                rs.getString("debtor_external_id"), (Long) rs.getObject("document_number"), rs.getInt("step_index"),
                rs.getInt("occurrence"), StepType.valueOf(rs.getString("step_type")),
                rs.getObject("issued_on", LocalDate.class), rs.getObject("deadline", LocalDate.class),
                rs.getObject("policy_id", UUID.class), rs.getInt("policy_version"), rs.getBoolean("manual"),
                rs.getObject("letter_id", UUID.class), rs.getBigDecimal("open_amount"), rs.getBigDecimal("fee"),
                rs.getBigDecimal("interest"), rs.getString("currency"), rs.getString("fee_explanation"),
                rs.getString("interest_explanation"));
    }
}
