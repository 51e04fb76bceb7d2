package org.reskontro.dunning.persistence;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.reskontro.shared.CreditorId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outstanding-list settings per creditor. */
@Repository
public class OutstandingListRows {

    /** As stored. */
    public record Row(String email, Set<DayOfWeek> weekdays) {
    }

    private final JdbcClient jdbc;

    public OutstandingListRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Row> find(CreditorId creditor) {
        return jdbc.sql("select email, weekdays from dunning.outstanding_list where creditor_id = ?")
                .param(creditor.value())
                .query((rs, n) -> new Row(rs.getString("email"), Arrays.stream(rs.getString("weekdays").split(","))
                        .map(DayOfWeek::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)))))
                .optional();
    }

    public void save(CreditorId creditor, String email, Set<DayOfWeek> weekdays, String by, Instant at) {
        String days = weekdays.stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
        jdbc.sql("""
                insert into dunning.outstanding_list (creditor_id, email, weekdays, updated_by, updated_at)
                values (?, ?, ?, ?, ?)
                on conflict (creditor_id) do update set email = excluded.email, weekdays = excluded.weekdays,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .params(creditor.value(), email, days, by, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }
}
