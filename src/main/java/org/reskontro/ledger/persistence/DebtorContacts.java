package org.reskontro.ledger.persistence;

import java.util.ArrayList;
import java.util.List;
import org.reskontro.ledger.DebtorContact;
import org.reskontro.shared.CreditorId;
import org.reskontro.shared.FollowUpRestriction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The mirrored customers as debtor contacts, for the modules that write to debtors. */
@Repository
public class DebtorContacts {

    private final JdbcClient jdbc;

    public DebtorContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static java.util.Set<FollowUpRestriction> restrictions(java.sql.ResultSet rs) throws java.sql.SQLException {
        java.util.Set<FollowUpRestriction> set = java.util.EnumSet.noneOf(FollowUpRestriction.class);
        if (rs.getBoolean("erp_no_reminders")) {
            set.add(FollowUpRestriction.NO_REMINDERS);
        }
        if (rs.getBoolean("erp_no_late_fees")) {
            set.add(FollowUpRestriction.NO_LATE_FEES);
        }
        if (rs.getBoolean("erp_no_interest")) {
            set.add(FollowUpRestriction.NO_INTEREST);
        }
        if (rs.getBoolean("erp_no_debt_collection")) {
            set.add(FollowUpRestriction.NO_DEBT_COLLECTION);
        }
        if (rs.getBoolean("erp_no_automatic_notifications")) {
            set.add(FollowUpRestriction.NO_AUTOMATIC_NOTIFICATIONS);
        }
        return set;
    }

    /** The debtors that have something open, by external id. */
    public List<DebtorContact> withOpenItems(CreditorId creditor) {
        return jdbc.sql("""
                select c.external_id, c.name, c.organisation_number, c.email, c.street, c.zip_code, c.city, c.country,
                       c.is_person, c.follow_up, c.erp_no_reminders, c.erp_no_late_fees, c.erp_no_interest,
                       c.erp_no_debt_collection, c.erp_no_automatic_notifications
                from ledger.customer c
                where c.creditor_id = ? and exists (select 1 from ledger.open_item o where o.creditor_id = c.creditor_id
                      and o.customer_external_id = c.external_id and o.open_amount <> 0)
                order by c.external_id""")
                .param(creditor.value())
                .query((rs, n) -> {
                    List<String> address = new ArrayList<>();
                    if (rs.getString("street") != null && !rs.getString("street").isBlank()) {
                        address.add(rs.getString("street"));
                    }
                    String town = ((rs.getString("zip_code") == null ? "" : rs.getString("zip_code")) + " "
                            + (rs.getString("city") == null ? "" : rs.getString("city"))).trim();
                    if (!town.isEmpty()) {
                        address.add(town);
                    }
                    return new DebtorContact(rs.getString("external_id"), rs.getString("name"),
                            rs.getString("organisation_number"), rs.getString("email"), address, rs.getString("country"),
                            rs.getBoolean("is_person"), rs.getBoolean("follow_up"), restrictions(rs));
                })
                .list();
    }
}
