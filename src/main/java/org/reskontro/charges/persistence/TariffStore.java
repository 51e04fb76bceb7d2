package org.reskontro.charges.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import org.reskontro.charges.DayCount;
import org.reskontro.charges.DebtorScope;
import org.reskontro.charges.RateRow;
import org.reskontro.charges.TariffItem;
import org.reskontro.charges.TariffRow;
import org.reskontro.charges.TariffUnit;
import org.reskontro.charges.Verification;
import org.reskontro.shared.CountryCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rate and tariff tables (schema {@code charges}); rows are upserted by their natural key. */
@Repository
public class TariffStore {

    private final JdbcClient jdbc;

    public TariffStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<RateRow> rates() {
        return jdbc.sql("select * from charges.interest_rate order by country, debtor_type, valid_from")
                .query(TariffStore::rate).list();
    }

    public List<TariffRow> tariff() {
        return jdbc.sql("select * from charges.tariff order by country, item, debtor_type, valid_from, band")
                .query(TariffStore::tariffRow).list();
    }

    /** Changes whenever a row is added or edited, on any node: the cache compares it before trusting itself. */
    public String version() {
        return jdbc.sql("""
                select (select count(*) || '/' || coalesce(max(updated_at)::text, '') from charges.interest_rate)
                       || '|' || (select count(*) || '/' || coalesce(max(updated_at)::text, '') from charges.tariff)
                """).query(String.class).single();
    }

    public void save(RateRow row, String by, Instant at) {
        jdbc.sql("""
                insert into charges.interest_rate (country, debtor_type, valid_from, valid_to, reference_rate, margin,
                    rate_percent, day_count, status, source, statute, updated_at, updated_by)
                values (:country, :debtor, :from, :to, :reference, :margin, :rate, :dayCount, :status, :source,
                    :statute, :at, :by)
                on conflict (country, debtor_type, valid_from) do update set valid_to = excluded.valid_to,
                    reference_rate = excluded.reference_rate, margin = excluded.margin,
                    rate_percent = excluded.rate_percent, day_count = excluded.day_count, status = excluded.status,
                    source = excluded.source, statute = excluded.statute, updated_at = excluded.updated_at,
                    updated_by = excluded.updated_by
                """)
                .param("country", row.country().name()).param("debtor", row.debtorScope().name())
                .param("from", row.validFrom()).param("to", row.validTo())
                .param("reference", row.referenceRate()).param("margin", row.margin())
                .param("rate", row.ratePercent()).param("dayCount", row.dayCount().name())
                .param("status", row.status().name()).param("source", row.source()).param("statute", row.statute())
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("by", by)
                .update();
    }

    public void save(TariffRow row, String by, Instant at) {
        jdbc.sql("""
                insert into charges.tariff (country, item, debtor_type, valid_from, valid_to, band, band_up_to, value,
                    unit, currency, status, source, statute, updated_at, updated_by)
                values (:country, :item, :debtor, :from, :to, :band, :upTo, :value, :unit, :currency, :status,
                    :source, :statute, :at, :by)
                on conflict (country, item, debtor_type, valid_from, band) do update set valid_to = excluded.valid_to,
                    band_up_to = excluded.band_up_to, value = excluded.value, unit = excluded.unit,
                    currency = excluded.currency, status = excluded.status, source = excluded.source,
                    statute = excluded.statute, updated_at = excluded.updated_at, updated_by = excluded.updated_by
                """)
                .param("country", row.country().name()).param("item", row.item().name())
                .param("debtor", row.debtorScope().name()).param("from", row.validFrom()).param("to", row.validTo())
                .param("band", row.band()).param("upTo", row.bandUpTo()).param("value", row.value())
                .param("unit", row.unit().name())
                .param("currency", row.currency() == null ? null : row.currency().getCurrencyCode())
                .param("status", row.status().name()).param("source", row.source()).param("statute", row.statute())
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("by", by)
                .update();
    }

    private static RateRow rate(ResultSet rs, int row) throws SQLException {
        return new RateRow(CountryCode.valueOf(rs.getString("country")), DebtorScope.valueOf(rs.getString("debtor_type")),
                rs.getObject("valid_from", java.time.LocalDate.class), rs.getObject("valid_to", java.time.LocalDate.class),
                rs.getBigDecimal("reference_rate"), rs.getBigDecimal("margin"), rs.getBigDecimal("rate_percent"),
                DayCount.valueOf(rs.getString("day_count")), Verification.valueOf(rs.getString("status")),
                rs.getString("source"), rs.getString("statute"));
    }

    private static TariffRow tariffRow(ResultSet rs, int row) throws SQLException {
        String currency = rs.getString("currency");
        return new TariffRow(CountryCode.valueOf(rs.getString("country")), TariffItem.valueOf(rs.getString("item")),
                DebtorScope.valueOf(rs.getString("debtor_type")), rs.getObject("valid_from", java.time.LocalDate.class),
                rs.getObject("valid_to", java.time.LocalDate.class), rs.getInt("band"), rs.getBigDecimal("band_up_to"),
                rs.getBigDecimal("value"), TariffUnit.valueOf(rs.getString("unit")),
                currency == null ? null : Currency.getInstance(currency), Verification.valueOf(rs.getString("status")),
                rs.getString("source"), rs.getString("statute"));
    }
}
