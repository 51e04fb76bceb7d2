package org.reskontro.ledger.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.reskontro.ledger.AgingReport;
import org.reskontro.ledger.DebtorBalance;
import org.reskontro.ledger.OpenItem;
import org.reskontro.shared.DocumentKind;
import org.reskontro.shared.FollowUpRestriction;
import org.reskontro.shared.CreditorId;
import org.reskontro.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read models of the mirror: open items, balances per debtor, aging. Every query is bounded by one creditor. */
@Repository
public class LedgerQueries {

    private static final String OPEN_ITEMS = """
            select o.document_id, o.kind, o.number, o.customer_external_id, c.name, o.issue_date, o.due_date, o.currency,
                   o.total_incl_vat, o.open_amount, o.erp_status
            from ledger.open_item o
            left join ledger.customer c on c.creditor_id = o.creditor_id and c.external_id = o.customer_external_id
            where o.creditor_id = ? and o.open_amount <> 0
              and not exists (select 1 from ledger.document d join ledger.charge_document cd
                      on cd.creditor_id = d.creditor_id and cd.external_id = d.external_id
                  where d.creditor_id = o.creditor_id and d.id = o.document_id)
            """;

    /**
     * What is open per claim line, as the open items list shows them: a fee invoice or interest note Reskontro booked
     * (ledger.charge_document) belongs to the line of the invoice it charges, aged by that invoice's due date, and is
     * not an item of its own; anything else is a line of its own. Parameters: creditor twice, today.
     */
    private static final String AGING_LINES = """
            with charges as (
                select d.id as document_id, charged.id as line, charged_item.due_date as due
                from ledger.charge_document cd
                join ledger.document d on d.creditor_id = cd.creditor_id and d.external_id = cd.external_id
                left join ledger.document charged on charged.creditor_id = cd.creditor_id
                                                 and charged.external_id = cd.charged_external_id
                left join ledger.open_item charged_item on charged_item.creditor_id = charged.creditor_id
                                                       and charged_item.document_id = charged.id
                where cd.creditor_id = ?),
            parts as (
                select coalesce(c.line, o.document_id) as line, o.currency, coalesce(c.due, o.due_date) as due,
                       o.open_amount
                from ledger.open_item o
                left join charges c on c.document_id = o.document_id
                where o.creditor_id = ? and o.open_amount <> 0)
            select currency, coalesce(? - min(due), 0) as days, sum(open_amount) as open
            from parts group by line, currency""";

    private final JdbcClient jdbc;

    LedgerQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<OpenItem> openItems(CreditorId creditor, String debtorExternalId, int limit) {
        if (debtorExternalId == null) {
            return jdbc.sql(OPEN_ITEMS + " order by o.due_date, o.number limit ?")
                    .params(creditor.value(), limit).query(LedgerQueries::openItem).list();
        }
        return jdbc.sql(OPEN_ITEMS + " and o.customer_external_id = ? order by o.due_date, o.number limit ?")
                .params(creditor.value(), debtorExternalId, limit).query(LedgerQueries::openItem).list();
    }

    public List<DebtorBalance> debtorBalances(CreditorId creditor, LocalDate today, int limit) {
        return jdbc.sql("""
                select o.customer_external_id, coalesce(c.name, o.customer_external_id) as name, c.organisation_number,
                       o.currency, count(*) as items, sum(o.open_amount) as open,
                       sum(case when o.due_date < ? then o.open_amount else 0 end) as overdue, min(o.due_date) as oldest,
                       coalesce(c.follow_up, true) as follow_up, c.erp_no_reminders, c.erp_no_late_fees,
                       c.erp_no_interest, c.erp_no_debt_collection, c.erp_no_automatic_notifications
                from ledger.open_item o
                left join ledger.customer c on c.creditor_id = o.creditor_id and c.external_id = o.customer_external_id
                where o.creditor_id = ? and o.open_amount <> 0
                group by o.customer_external_id, c.name, c.organisation_number, c.follow_up, c.erp_no_reminders,
                    c.erp_no_late_fees, c.erp_no_interest, c.erp_no_debt_collection, c.erp_no_automatic_notifications,
                    o.currency
                order by sum(case when o.due_date < ? then o.open_amount else 0 end) desc, name
                limit ?""")
                .params(today, creditor.value(), today, limit)
                .query((rs, n) -> new DebtorBalance(rs.getString("customer_external_id"), rs.getString("name"),
                        rs.getString("organisation_number"), rs.getInt("items"),
                        Money.of(rs.getBigDecimal("open"), rs.getString("currency")),
                        Money.of(rs.getBigDecimal("overdue"), rs.getString("currency")),
                        rs.getObject("oldest", LocalDate.class), rs.getBoolean("follow_up"), erpRestrictions(rs)))
                .list();
    }

    /** The customer card's restrictions as mirrored; none for a debtor whose customer record is not mirrored. */
    private static Set<FollowUpRestriction> erpRestrictions(ResultSet rs) throws SQLException {
        Set<FollowUpRestriction> restrictions = EnumSet.noneOf(FollowUpRestriction.class);
        if (rs.getBoolean("erp_no_reminders")) {
            restrictions.add(FollowUpRestriction.NO_REMINDERS);
        }
        if (rs.getBoolean("erp_no_late_fees")) {
            restrictions.add(FollowUpRestriction.NO_LATE_FEES);
        }
        if (rs.getBoolean("erp_no_interest")) {
            restrictions.add(FollowUpRestriction.NO_INTEREST);
        }
        if (rs.getBoolean("erp_no_debt_collection")) {
            restrictions.add(FollowUpRestriction.NO_DEBT_COLLECTION);
        }
        if (rs.getBoolean("erp_no_automatic_notifications")) {
            restrictions.add(FollowUpRestriction.NO_AUTOMATIC_NOTIFICATIONS);
        }
        return restrictions;
    }

    /** Returns false when the creditor has no such debtor. */
    public boolean setFollowUp(CreditorId creditor, String debtorExternalId, boolean followUp) {
        return jdbc.sql("update ledger.customer set follow_up = ? where creditor_id = ? and external_id = ?")
                .params(followUp, creditor.value(), debtorExternalId).update() == 1;
    }

    public AgingReport aging(CreditorId creditor, LocalDate today) {
        Map<String, BigDecimal[]> amounts = new TreeMap<>();
        Map<String, int[]> counts = new TreeMap<>();
        int buckets = AgingReport.Bucket.values().length;
        jdbc.sql(AGING_LINES)
                .params(creditor.value(), creditor.value(), today)
                .query(rs -> {
                    String currency = rs.getString(1);
                    int bucket = AgingReport.Bucket.of(rs.getLong(2)).ordinal();
                    BigDecimal[] sums = amounts.computeIfAbsent(currency, c -> filledZero(buckets));
                    sums[bucket] = sums[bucket].add(rs.getBigDecimal(3));
                    counts.computeIfAbsent(currency, c -> new int[buckets])[bucket]++;
                });
        List<AgingReport.Row> rows = new ArrayList<>();
        amounts.forEach((currency, sums) -> {
            List<Money> money = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (BigDecimal sum : sums) {
                money.add(Money.of(sum, currency));
                total = total.add(sum);
            }
            List<Integer> itemCounts = new ArrayList<>();
            for (int count : counts.get(currency)) {
                itemCounts.add(count);
            }
            rows.add(new AgingReport.Row(currency, Collections.unmodifiableList(money), List.copyOf(itemCounts),
                    Money.of(total, currency)));
        });
        return new AgingReport(today, rows);
    }

    private static BigDecimal[] filledZero(int size) {
        BigDecimal[] zeros = new BigDecimal[size];
        java.util.Arrays.fill(zeros, BigDecimal.ZERO);
        return zeros;
    }

    private static OpenItem openItem(ResultSet rs, int row) throws SQLException {
        String currency = rs.getString("currency");
        return new OpenItem(rs.getObject("document_id", UUID.class), DocumentKind.valueOf(rs.getString("kind")),
                rs.getObject("number") == null ? null : rs.getLong("number"), rs.getString("customer_external_id"),
                rs.getString("name"), rs.getObject("issue_date", LocalDate.class), rs.getObject("due_date", LocalDate.class),
                Money.of(rs.getBigDecimal("total_incl_vat"), currency), Money.of(rs.getBigDecimal("open_amount"), currency),
                rs.getString("erp_status"));
    }
}
