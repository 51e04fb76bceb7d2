package org.reskontro.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reskontro.shared.CreditorId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The mirror's invariants as SQL checks, whichever accounting system fed it: I3 (mirrored documents and payments
 * never change or vanish) and I4 (what is open is the total less the allocations), plus the open amounts by external
 * id for I1 comparisons.
 */
public final class MirrorInvariants {

    private final JdbcClient jdbc;
    private final Map<String, String> seenRows = new HashMap<>();

    public MirrorInvariants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The mirrored documents with money open (credit notes negative), by external id, without trailing zeros: what a
     * test compares with the simulator's own books.
     */
    public static Map<String, BigDecimal> nonZeroOpen(JdbcClient jdbc, CreditorId creditor) {
        return jdbc.sql("""
                select d.external_id, o.open_amount from ledger.open_item o
                join ledger.document d on d.creditor_id = o.creditor_id and d.id = o.document_id
                where o.creditor_id = ? and o.open_amount <> 0""")
                .param(creditor.value())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getBigDecimal(2).stripTrailingZeros()))
                .list().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Every mirrored document's open amount (credit notes negative), by external id. */
    public Map<String, BigDecimal> openByExternalId(CreditorId creditor) {
        Map<String, BigDecimal> open = new HashMap<>();
        jdbc.sql("""
                select d.external_id, o.open_amount from ledger.open_item o
                join ledger.document d on d.creditor_id = o.creditor_id and d.id = o.document_id where o.creditor_id = ?""")
                .param(creditor.value())
                .query(rs -> {
                    open.put(rs.getString(1), rs.getBigDecimal(2));
                });
        return open;
    }

    /** Open amounts keyed by external id and revision: equal before and after means nothing was written. */
    public Map<String, BigDecimal> snapshot(CreditorId creditor) {
        Map<String, BigDecimal> open = new HashMap<>();
        jdbc.sql("""
                select d.external_id, o.open_amount, o.revision from ledger.open_item o
                join ledger.document d on d.creditor_id = o.creditor_id and d.id = o.document_id where o.creditor_id = ?""")
                .param(creditor.value())
                .query(rs -> {
                    open.put(rs.getString(1) + "@" + rs.getInt(3), rs.getBigDecimal(2));
                });
        return open;
    }

    /** I3: a mirrored document or payment, once written, is never changed or removed (checked against earlier calls). */
    public void assertImmutable(CreditorId creditor) {
        Map<String, String> now = new HashMap<>();
        jdbc.sql("""
                select 'd' || id, concat_ws('|', kind, external_id, number, issue_date, due_date, total_incl_vat, transferred_in_run)
                from ledger.document where creditor_id = ?
                union all
                select 'p' || id, concat_ws('|', external_id, document_id, amount, payment_date, reverses, sync_run_id)
                from ledger.payment where creditor_id = ?""")
                .params(creditor.value(), creditor.value())
                .query(rs -> {
                    now.put(rs.getString(1), rs.getString(2));
                });
        seenRows.forEach((id, row) -> assertThat(now.get(id)).as(id).isEqualTo(row));
        seenRows.putAll(now);
    }

    /** I4: what is open is the total less the allocated payments (deleted documents are closed at zero). */
    public void assertOpenIsTotalLessAllocations(CreditorId creditor) {
        List<String> broken = jdbc.sql("""
                select d.number || ': ' || o.open_amount from ledger.open_item o
                join ledger.document d on d.creditor_id = o.creditor_id and d.id = o.document_id
                where o.creditor_id = ? and o.erp_status <> 'DELETED'
                  and o.open_amount <> (case when d.kind = 'CREDIT_NOTE' then -1 else 1 end)
                      * (o.total_incl_vat - coalesce((select sum(a.amount) from ledger.allocation a
                                                      where a.creditor_id = o.creditor_id and a.document_id = o.document_id), 0))""")
                .param(creditor.value()).query(String.class).list();
        assertThat(broken).isEmpty();
    }
}
