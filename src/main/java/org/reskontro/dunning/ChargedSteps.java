package org.reskontro.dunning;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.reskontro.shared.CreditorId;
import org.reskontro.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The fees and interest dunning charged, for bookkeeping to book. A charge counts only once its letter went out: a
 * proposed letter waiting for approval, or a cancelled one, charges nothing.
 */
@Service
public class ChargedSteps {

    private final JdbcClient jdbc;

    ChargedSteps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Invoices handed over to debt collection in a sent letter issued on or after {@code issuedFrom}: the fees and
     * interest booked during dunning are reversed when the collection case opens (S-FEE-7).
     */
    public List<UUID> handedOverSince(CreditorId creditor, LocalDate issuedFrom) {
        return jdbc.sql("""
                select distinct i.document_id from dunning.issued i
                join dunning.letter l on l.creditor_id = i.creditor_id and l.id = i.letter_id
                where i.creditor_id = ? and i.issued_on >= ? and l.status = 'SENT'
                  and i.step_type = 'COLLECTION_HANDOVER'""")
                .params(creditor.value(), issuedFrom)
                .query(UUID.class).list();
    }

    /** Charged steps in sent letters issued on or after {@code issuedFrom}, oldest first. */
    public List<ChargedStep> sentSince(CreditorId creditor, LocalDate issuedFrom) {
        return jdbc.sql("""
                select i.id, i.document_id, i.document_number, i.debtor_external_id, i.issued_on, i.fee, i.interest,
                       i.currency, i.fee_explanation::text as fee_explanation,
                       i.interest_explanation::text as interest_explanation
                from dunning.issued i
                join dunning.letter l on l.creditor_id = i.creditor_id and l.id = i.letter_id
                where i.creditor_id = ? and i.issued_on >= ? and l.status = 'SENT' and (i.fee > 0 or i.interest > 0)
                order by i.issued_on, i.created_at, i.id""")
                .params(creditor.value(), issuedFrom)
                .query((rs, n) -> {
                    String currency = rs.getString("currency");
                    return new ChargedStep(rs.getObject("id", UUID.class), rs.getObject("document_id", UUID.class),
                            rs.getObject("document_number") == null ? null : rs.getLong("document_number"),
                            rs.getString("debtor_external_id"), rs.getObject("issued_on", LocalDate.class),
                            Money.of(rs.getBigDecimal("fee"), currency), Money.of(rs.getBigDecimal("interest"), currency),
                            rs.getString("fee_explanation"), rs.getString("interest_explanation"));
                })
                .list();
    }
}
