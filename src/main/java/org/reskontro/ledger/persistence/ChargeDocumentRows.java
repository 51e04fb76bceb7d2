package org.reskontro.ledger.persistence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.reskontro.ledger.ClaimLine;
import org.reskontro.ledger.MirroredDocument;
import org.reskontro.ledger.OpenItem;
import org.reskontro.shared.CreditorId;
import org.reskontro.shared.DocumentKind;
import org.reskontro.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The links from charge documents to the invoices they charge for, and the read models that add them up. */
@Repository
public class ChargeDocumentRows {

    private final JdbcClient jdbc;

    ChargeDocumentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Idempotent: linking the same document again changes nothing. */
    public void link(CreditorId creditor, String externalId, String chargedExternalId, String kind) {
        jdbc.sql("""
                insert into ledger.charge_document (creditor_id, external_id, charged_external_id, kind)
                values (?, ?, ?, ?) on conflict (creditor_id, external_id) do nothing""")
                .params(creditor.value(), externalId, chargedExternalId, kind).update();
    }

    public Optional<MirroredDocument> document(CreditorId creditor, UUID id) {
        return jdbc.sql("""
                select d.id, d.external_id, d.kind, d.number, d.customer_external_id, d.currency, d.total_incl_vat,
                       coalesce(o.open_amount, 0) as open_amount
                from ledger.document d
                left join ledger.open_item o on o.creditor_id = d.creditor_id and o.document_id = d.id
                where d.creditor_id = ? and d.id = ?""")
                .params(creditor.value(), id)
                .query((rs, n) -> {
                    String currency = rs.getString("currency");
                    return new MirroredDocument(rs.getObject("id", UUID.class), rs.getString("external_id"),
                            DocumentKind.valueOf(rs.getString("kind")),
                            rs.getObject("number") == null ? null : rs.getLong("number"),
                            rs.getString("customer_external_id"), Money.of(rs.getBigDecimal("total_incl_vat"), currency),
                            Money.of(rs.getBigDecimal("open_amount"), currency));
                })
                .optional();
    }

    /** What the mirror holds open on each of the given documents; a document not mirrored yet is absent. */
    public Map<String, BigDecimal> openAmounts(CreditorId creditor, Collection<String> externalIds) {
        Map<String, BigDecimal> open = new HashMap<>();
        if (externalIds.isEmpty()) {
            return open;
        }
        jdbc.sql("""
                select d.external_id, coalesce(o.open_amount, 0) from ledger.document d
                left join ledger.open_item o on o.creditor_id = d.creditor_id and o.document_id = d.id
                where d.creditor_id = ? and d.external_id = any(?)""")
                .params(creditor.value(), externalIds.toArray(String[]::new))
                .query(rs -> {
                    open.put(rs.getString(1), rs.getBigDecimal(2));
                });
        return open;
    }

    /**
     * Every invoice with money open on itself or on its charge documents, with the charges' remainders beside it:
     * an invoice the debtor paid whose fee is still open stays a line (S-FEE-5).
     */
    public List<ClaimLine> claimLines(CreditorId creditor, String debtorExternalId, int limit) {
        List<ClaimLine> lines = new ArrayList<>();
        jdbc.sql("""
                with charges as (
                    select cd.charged_external_id,
                           sum(case when cd.kind = 'FEE' then o.open_amount else 0 end) as fees_open,
                           sum(case when cd.kind = 'INTEREST' then o.open_amount else 0 end) as interest_open
                    from ledger.charge_document cd
                    join ledger.document d on d.creditor_id = cd.creditor_id and d.external_id = cd.external_id
                    join ledger.open_item o on o.creditor_id = d.creditor_id and o.document_id = d.id
                    where cd.creditor_id = ?
                    group by cd.charged_external_id)
                select o.document_id, o.kind, o.number, o.customer_external_id, c.name, o.issue_date, o.due_date,
                       o.currency, o.total_incl_vat, o.open_amount, o.erp_status,
                       coalesce(ch.fees_open, 0) as fees_open, coalesce(ch.interest_open, 0) as interest_open
                from ledger.open_item o
                join ledger.document d on d.creditor_id = o.creditor_id and d.id = o.document_id
                left join charges ch on ch.charged_external_id = d.external_id
                left join ledger.customer c on c.creditor_id = o.creditor_id and c.external_id = o.customer_external_id
                where o.creditor_id = ? and (cast(? as text) is null or o.customer_external_id = ?)
                  and not exists (select 1 from ledger.charge_document x
                                  where x.creditor_id = d.creditor_id and x.external_id = d.external_id)
                  and (o.open_amount <> 0 or coalesce(ch.fees_open, 0) <> 0 or coalesce(ch.interest_open, 0) <> 0)
                order by o.due_date, o.number limit ?""")
                .params(creditor.value(), creditor.value(), debtorExternalId, debtorExternalId, limit)
                .query(rs -> {
                    String currency = rs.getString("currency");
                    OpenItem item = new OpenItem(rs.getObject("document_id", UUID.class),
                            DocumentKind.valueOf(rs.getString("kind")),
                            rs.getObject("number") == null ? null : rs.getLong("number"),
                            rs.getString("customer_external_id"), rs.getString("name"),
                            rs.getObject("issue_date", java.time.LocalDate.class),
                            rs.getObject("due_date", java.time.LocalDate.class),
                            Money.of(rs.getBigDecimal("total_incl_vat"), currency),
                            Money.of(rs.getBigDecimal("open_amount"), currency), rs.getString("erp_status"));
                    lines.add(new ClaimLine(item, Money.of(rs.getBigDecimal("fees_open"), currency),
                            Money.of(rs.getBigDecimal("interest_open"), currency)));
                });
        return lines;
    }
}
