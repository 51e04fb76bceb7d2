package org.reskontro.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reskontro.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Staged rows reach PostgreSQL exactly as given, whatever characters COPY's text format must escape. */
@IntegrationTest
class CopyBufferIntegrationTests {

    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void aTable() {
        jdbc.execute("create table copy_buffer_probe (id uuid, name text, day date, amount numeric, flag boolean)");
    }

    @AfterEach
    void dropIt() {
        jdbc.execute("drop table copy_buffer_probe");
    }

    @Test
    void everyValueComesBackAsItWasSent() {
        UUID id = UUID.randomUUID();
        List<String> names = List.of("Plain Kunde ApS", "Tab\there", "Back\\slash", "Line\nbreak\r\nand more",
                "\\N is not null", "Ærø Æblemost & Co.", "");
        CopyBuffer buffer = new CopyBuffer(dataSource, "copy_buffer_probe", "id, name, day, amount, flag");
        for (String name : names) {
            buffer.row(id, name, LocalDate.of(2026, 12, 3), new BigDecimal("1234.50"), true);
        }
        buffer.row(id, null, null, null, null);
        buffer.flush();

        List<Map<String, Object>> rows = jdbc.queryForList("select * from copy_buffer_probe");
        assertThat(rows).hasSize(names.size() + 1);
        assertThat(rows.stream().map(r -> r.get("name")).toList()).containsExactlyInAnyOrderElementsOf(
                Stream.concat(names.stream(), Stream.of((String) null)).toList());
        assertThat(rows).allSatisfy(r -> assertThat(r.get("id")).isEqualTo(id));
        assertThat(rows.getFirst().get("day").toString()).isEqualTo("2026-12-03");
        assertThat(buffer.rowsSent()).isEqualTo(names.size() + 1);
    }
}
