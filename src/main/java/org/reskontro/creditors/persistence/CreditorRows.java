package org.reskontro.creditors.persistence;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.reskontro.creditors.ConnectionSummary;
import org.reskontro.creditors.Creditor;
import org.reskontro.shared.AccountingSystemKind;
import org.reskontro.shared.CountryCode;
import org.reskontro.shared.CreditorId;
import org.reskontro.shared.OrganisationNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of the creditors schema, mapped explicitly. */
@Repository
public class CreditorRows {

    private static final String SELECT = """
            select c.id, c.name, c.country, c.organisation_number, c.currency, c.time_zone, c.start_date, c.created_at,
                   array_to_string(c.cycle_times, ',') as cycle_times,
                   e.system, e.api_base_url, e.token_url, e.organisation_id, e.credential_names, e.updated_at
            from creditors.creditor c left join creditors.erp_connection e on e.creditor_id = c.id
            """;

    private final JdbcClient jdbc;

    CreditorRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Creditor creditor) {
        jdbc.sql("""
                insert into creditors.creditor (id, name, country, organisation_number, currency, time_zone, start_date, created_at,
                    cycle_times)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?::time(0)[])""")
                .params(creditor.id().value(), creditor.name(), creditor.country().name(),
                        creditor.organisationNumber().value(), creditor.currency().getCurrencyCode(),
                        creditor.timeZone().getId(), creditor.startDate(), Timestamp.from(creditor.createdAt()),
                        timeArray(creditor.cycleTimes()))
                .update();
    }

    public void saveCycleTimes(CreditorId id, List<LocalTime> cycleTimes) {
        jdbc.sql("update creditors.creditor set cycle_times = ?::time(0)[] where id = ?")
                .params(timeArray(cycleTimes), id.value()).update();
    }

    /** A PostgreSQL array literal such as {06:00,12:00}: plain text keeps java.sql.Time and its zone out of it. */
    private static String timeArray(List<LocalTime> times) {
        return times.stream().map(LocalTime::toString).collect(Collectors.joining(",", "{", "}"));
    }

    public boolean existsByOrganisationNumber(CountryCode country, String number) {
        return jdbc.sql("select count(*) from creditors.creditor where country = ? and organisation_number = ?")
                .params(country.name(), number).query(Long.class).single() > 0;
    }

    public Optional<Creditor> find(CreditorId id) {
        return jdbc.sql(SELECT + " where c.id = ?").param(id.value()).query(CreditorRows::map).optional();
    }

    public List<Creditor> all() {
        return jdbc.sql(SELECT + " order by c.name").query(CreditorRows::map).list();
    }

    public void saveConnection(CreditorId id, AccountingSystemKind system, URI api, URI token, String organisationId,
            String sealedCredentials, Set<String> credentialNames, Instant at) {
        jdbc.sql("""
                insert into creditors.erp_connection
                    (creditor_id, system, api_base_url, token_url, organisation_id, credentials_encrypted, credential_names, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (creditor_id) do update set system = excluded.system, api_base_url = excluded.api_base_url,
                    token_url = excluded.token_url, organisation_id = excluded.organisation_id,
                    credentials_encrypted = excluded.credentials_encrypted, credential_names = excluded.credential_names,
                    updated_at = excluded.updated_at""")
                .params(id.value(), system.name(), api.toString(), token.toString(), organisationId, sealedCredentials,
                        String.join(",", new TreeSet<>(credentialNames)), Timestamp.from(at))
                .update();
    }

    public Optional<String> sealedCredentials(CreditorId id) {
        return jdbc.sql("select credentials_encrypted from creditors.erp_connection where creditor_id = ?")
                .param(id.value()).query(String.class).optional();
    }

    private static Creditor map(ResultSet rs, int row) throws SQLException {
        CountryCode country = CountryCode.valueOf(rs.getString("country"));
        ConnectionSummary connection = rs.getString("system") == null ? null : new ConnectionSummary(
                AccountingSystemKind.valueOf(rs.getString("system")), URI.create(rs.getString("api_base_url")),
                URI.create(rs.getString("token_url")), rs.getString("organisation_id"),
                Set.copyOf(Arrays.asList(rs.getString("credential_names").split(","))),
                rs.getTimestamp("updated_at").toInstant());
        return new Creditor(new CreditorId(rs.getObject("id", UUID.class)), rs.getString("name"), country,
                new OrganisationNumber(country, rs.getString("organisation_number")),
                Currency.getInstance(rs.getString("currency")), ZoneId.of(rs.getString("time_zone")),
                rs.getObject("start_date", java.time.LocalDate.class), rs.getTimestamp("created_at").toInstant(),
                connection, Arrays.stream(rs.getString("cycle_times").split(",")).map(LocalTime::parse).toList());
    }
}
